-- Taxonomie: ESCO-beroepen, -vaardigheden, hun relaties en de ISCO-groepen.
-- Elke gecodeerde rij draagt haar codesysteem en versie (nu ESCO v1.1.1), zodat later CompetentNL
-- of een nieuwere ESCO-versie ernaast kan. De import vervangt de inhoud in één transactie.
create schema if not exists taxonomie;

create table taxonomie.isco_groep (
  code          text primary key check (code ~ '^[0-9]{1,4}$'),
  uri           text not null unique,
  naam          text not null, -- Engels: ESCO levert ISCO-namen alleen in het Engels mee
  code_systeem  text not null,
  versie        text not null
);

create table taxonomie.beroep (
  id            text primary key, -- de UUID aan het eind van de ESCO-URI
  uri           text not null unique,
  naam          text not null,    -- Nederlandse voorkeursnaam
  iscogroep     text not null references taxonomie.isco_groep (code),
  esco_code     text,
  beschrijving  text,
  code_systeem  text not null,
  versie        text not null
);
create index beroep_iscogroep on taxonomie.beroep (iscogroep);

-- Synoniemen (ESCO altLabels) in de volgorde van de bron.
create table taxonomie.beroep_label (
  beroep_id   text not null references taxonomie.beroep (id) on delete cascade,
  volgnummer  integer not null,
  label       text not null,
  primary key (beroep_id, volgnummer)
);

create table taxonomie.vaardigheid (
  id            text primary key,
  uri           text not null unique,
  naam          text not null,
  taal          text not null, -- 'en' totdat de Nederlandse ESCO-labels zijn geïmporteerd
  type          text,          -- ESCO skillType: skill/competence of knowledge
  hergebruik    text,          -- ESCO reuseLevel
  beschrijving  text,
  code_systeem  text not null,
  versie        text not null
);

create table taxonomie.vaardigheid_label (
  vaardigheid_id  text not null references taxonomie.vaardigheid (id) on delete cascade,
  volgnummer      integer not null,
  label           text not null,
  primary key (vaardigheid_id, volgnummer)
);

-- ESCO relationType: essential of optional.
create table taxonomie.beroep_vaardigheid (
  beroep_id       text not null references taxonomie.beroep (id) on delete cascade,
  vaardigheid_id  text not null references taxonomie.vaardigheid (id) on delete cascade,
  relatie         text not null check (relatie in ('essential', 'optional')),
  code_systeem    text not null,
  versie          text not null,
  primary key (beroep_id, vaardigheid_id)
);
create index beroep_vaardigheid_vaardigheid on taxonomie.beroep_vaardigheid (vaardigheid_id);
