-- A fixed photo names the upload it was fixed from, so that a reviewer sees the candidate's own file beside it.
alter table photo_upload add column fixed_from bigint references photo_upload (id);
