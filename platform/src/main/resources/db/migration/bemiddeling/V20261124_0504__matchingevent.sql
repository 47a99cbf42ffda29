-- Een matchingevent (speeddate, banenmarkt, inspiratietour, online) van het regioloket.
create table bemiddeling.matchingevent (
  id               uuid primary key,
  regiocode        text not null,
  type             text not null check (type in ('SPEEDDATE', 'BANENMARKT', 'INSPIRATIETOUR', 'ONLINE')),
  titel            text not null check (length(titel) between 1 and 200),
  datum            date not null,
  plaats           text check (plaats is null or length(plaats) <= 300),
  aangemaakt_door  text not null,
  aangemaakt_op    timestamptz not null default now(),
  versie           integer not null default 0
);
create index matchingevent_regio on bemiddeling.matchingevent (regiocode, datum);

-- Uitgenodigde werkgevers, met aanwezigheid (null = nog niet vastgelegd).
create table bemiddeling.matchingevent_werkgever (
  matchingevent_id  uuid not null references bemiddeling.matchingevent (id) on delete cascade,
  organisatie_id    uuid not null,
  aanwezig          boolean,
  primary key (matchingevent_id, organisatie_id)
);

-- Uitgenodigde kandidaten: anoniem, met de profielcode zoals het regioloket die ziet.
create table bemiddeling.matchingevent_kandidaat (
  matchingevent_id  uuid not null references bemiddeling.matchingevent (id) on delete cascade,
  kandidaat_id      uuid not null,
  profielcode       text not null,
  aanwezig          boolean,
  primary key (matchingevent_id, kandidaat_id)
);
