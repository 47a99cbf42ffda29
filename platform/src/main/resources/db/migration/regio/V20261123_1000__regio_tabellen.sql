create schema if not exists regio;

create table regio.arbeidsmarktregio (
  code                        text primary key check (code ~ '^AM[0-9]{2}$'),
  naam                        text not null,
  centrumgemeente_code        text check (centrumgemeente_code ~ '^GM[0-9]{4}$'),
  centrumgemeente_naam        text,
  centrumgemeente_opmerking   text,
  -- true als een beheerder de centrumgemeente koos; een import overschrijft die keuze dan niet
  centrumgemeente_handmatig   boolean not null default false,
  bron                        text not null,
  versie                      integer not null default 0,
  gewijzigd_door              text,
  gewijzigd_op                timestamptz
);

create table regio.gemeente (
  code      text primary key check (code ~ '^GM[0-9]{4}$'),
  naam      text not null,
  regiocode text not null references regio.arbeidsmarktregio (code),
  lat       double precision not null,
  lon       double precision not null,
  inwoners  integer
);
create index gemeente_regio on regio.gemeente (regiocode);

create table regio.postcode (
  pc4          char(4) primary key check (pc4 ~ '^[1-9][0-9]{3}$'),
  plaats       text not null,
  lat          double precision not null,
  lon          double precision not null,
  gemeentecode text not null references regio.gemeente (code),
  regiocode    text not null references regio.arbeidsmarktregio (code),
  toewijzing   text not null
);
create index postcode_gemeente on regio.postcode (gemeentecode);
