-- Audit lines and export names kept as message keys with their arguments, so that each page shows them in its
-- reader's language; rows written before keep their text (key null) and show it unchanged.
alter table school_audit add column target_key varchar(80);
alter table school_audit add column detail_key varchar(80);
alter table school_audit alter column target set data type varchar(300);
alter table export_audit add column what_args varchar(200);
