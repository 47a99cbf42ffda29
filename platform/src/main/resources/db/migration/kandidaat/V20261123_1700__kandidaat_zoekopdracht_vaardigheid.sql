-- Een bewaarde zoekopdracht kan ook op vaardigheid filteren.
alter table kandidaat.zoekopdracht add column vaardigheid text;
