-- The personal lines of the graduate registration form: 性别, 出生年月 (yyyy-MM), 民族 (GB/T 3304), 政治面貌 (GB/T 4762).
alter table graduate_form add column sex varchar(2);
alter table graduate_form add column birth_month varchar(7);
alter table graduate_form add column ethnicity varchar(20);
alter table graduate_form add column political_status varchar(20);
