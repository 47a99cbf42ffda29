-- Onderdeel 4 (optioneel): een afbeelding of PDF van de regionale infrastructuur.
create table actieplan.infrastructuur (
  plan_id        uuid primary key references actieplan.plan (id) on delete cascade,
  bestandsnaam   text not null,
  mediatype      text not null check (mediatype in ('image/png', 'image/jpeg', 'application/pdf')),
  grootte        integer not null,
  inhoud         bytea not null,
  geupload_op    timestamptz not null default now()
);
