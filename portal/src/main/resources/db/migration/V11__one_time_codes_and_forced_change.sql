-- The codes of 忘记密码 also confirm a new mobile number (修改手机号): one table of one-time codes, each with what
-- it is for and, for a new number, the number it was sent to.
alter table password_reset_code rename to one_time_code;
alter table one_time_code add column purpose varchar(16) default 'PASSWORD_RESET' not null;
alter table one_time_code add column target varchar(20);
create index one_time_code_purpose on one_time_code (account_id, purpose, created_at);

-- After the admin resets a password, the person sets their own before anything else.
alter table account add column must_change_password boolean default false not null;
