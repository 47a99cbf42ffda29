create schema if not exists gedeeld;

-- Laatste geslaagde import per referentiedatabron; de checksum maakt een herhaalde start snel.
create table gedeeld.referentiedata_import (
  bron            text primary key,
  checksum        text not null,
  rijen           bigint not null,
  meldingen       integer not null,
  geimporteerd_op timestamptz not null,
  duur_ms         bigint not null
);
