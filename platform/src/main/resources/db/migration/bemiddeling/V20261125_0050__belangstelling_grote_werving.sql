-- Belangstelling uit een geaccepteerd voorstel van grote werving (het regioloket namens de werkgever):
-- zelfde route en toestemmingspoort, eigen soort.
alter table bemiddeling.belangstelling drop constraint belangstelling_soort_check;
alter table bemiddeling.belangstelling add constraint belangstelling_soort_check
  check (soort in ('BELANGSTELLING', 'UITNODIGING', 'GROTE_WERVING'));
-- Voor de controle op een lopende belangstelling voor hetzelfde paar kandidaat + werkplek.
create index belangstelling_kandidaat_werkplek on bemiddeling.belangstelling (kandidaat_id, werkplek_id);
