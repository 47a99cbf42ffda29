-- Matching: uitsluitingen (bijvoorbeeld na een plaatsing) en geaccepteerde voorstellen van grote werving.
create schema if not exists matching;

-- Kandidaten die niet meer voorgesteld worden (geplaatst); blijft gelden na een herstart.
create table matching.uitsluiting (
  kandidaat_id   uuid primary key,
  reden          text not null,
  vastgelegd_op  timestamptz not null default now()
);

-- Een door het regioloket geaccepteerd (eventueel bewerkt) voorstel van grote werving.
create table matching.voorstel (
  id                uuid primary key,
  regiocode         text not null,
  naam              text not null check (length(naam) between 1 and 200),
  blootstelling     integer not null check (blootstelling between 1 and 10),
  totale_score      bigint not null,
  optimale_score    bigint not null,
  status            text not null default 'GEACCEPTEERD',
  aangemaakt_door   text not null,
  aangemaakt_op     timestamptz not null default now(),
  versie            integer not null default 0
);
create index voorstel_regio on matching.voorstel (regiocode, aangemaakt_op desc);

create table matching.voorstel_paar (
  voorstel_id   uuid not null references matching.voorstel (id) on delete cascade,
  werkplek_id   uuid not null,
  kandidaat_id  uuid not null,
  score         integer not null,
  primary key (voorstel_id, werkplek_id, kandidaat_id)
);
