-- What the fix did that the candidate should know (made-up clothing, enlargement, denoising), kept with the fixed
-- version it describes: Chinese and English of each note, notes one per line.
alter table photo_upload add column fix_notes varchar(2000);
-- The background the fixed version was put on (a profile colour id, or keep), so that the candidate may choose the other.
alter table photo_upload add column fix_background varchar(16);
