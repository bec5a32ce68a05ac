-- A submission the candidate withdrew by uploading a new photo stays visible to reviewers as withdrawn.
alter table candidate_photo add column withdrawn_at timestamp with time zone;
