-- Screening van een werkgever door het werkgeversservicepunt (WSP) van de regio; in dit platform is het
-- regioloket het WSP. Pas na screening mag een werkgever in het kandidatenbestand zoeken; het WSP kan een
-- screening ook weer intrekken (AFGEWEZEN).
alter table werkgever.profiel add column screening text not null default 'NIET_GESCREEND'
  check (screening in ('NIET_GESCREEND', 'GESCREEND', 'AFGEWEZEN'));
alter table werkgever.profiel add column screening_op timestamptz;
alter table werkgever.profiel add column screening_door text;
alter table werkgever.profiel add column screening_toelichting text check (screening_toelichting is null or length(screening_toelichting) <= 500);

-- Een bemiddelaar (intermediair) die aan het WSP van een regio is gekoppeld; alleen dan zoekt hij in het bestand.
create table werkgever.wsp_koppeling (
  bemiddelaar_id     uuid not null,
  regiocode          text not null,
  wsp_organisatie_id uuid not null,
  gekoppeld_door     text not null,
  gekoppeld_op       timestamptz not null default now(),
  primary key (bemiddelaar_id, regiocode)
);
