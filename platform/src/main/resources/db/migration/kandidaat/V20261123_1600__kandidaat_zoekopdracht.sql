-- Bewaarde zoekopdrachten op het anonieme bestand (werkgever, bemiddelaar, regioloket), met de
-- profielcodes die de eigenaar al kent. Alleen filters en profielcodes (die per organisatie verschillen),
-- nooit kandidaat-ids.
create table kandidaat.zoekopdracht (
  id                uuid primary key,
  gebruikersnaam    text not null,
  naam              text not null check (length(naam) between 1 and 100),
  beroep            text,
  werkvorm          text,
  min_uren          integer,
  postcode          text,
  afstand_km        integer,
  instrument        text,
  beschikbaar_voor  date,
  sortering         text not null default 'RECENT',
  aangemaakt_op     timestamptz not null default now(),
  laatst_bekeken_op timestamptz not null default now(),
  bekende_codes     text[] not null default '{}'
);

create index zoekopdracht_gebruiker on kandidaat.zoekopdracht (gebruikersnaam);
