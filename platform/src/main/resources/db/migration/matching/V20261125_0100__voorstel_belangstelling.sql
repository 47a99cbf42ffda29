-- Elk geaccepteerd paar van grote werving start de route in de module bemiddeling: de belangstelling die eruit
-- voortkwam, of (als het paar is overgeslagen) de berichtsleutel van de reden. Bewust zonder verwijzende sleutel
-- naar het schema bemiddeling (modules verwijzen alleen op id).
alter table matching.voorstel_paar add column belangstelling_id uuid;
alter table matching.voorstel_paar add column overgeslagen_reden text
  check (overgeslagen_reden is null or length(overgeslagen_reden) <= 200);
alter table matching.voorstel_paar add constraint voorstel_paar_belangstelling_of_reden
  check (belangstelling_id is null or overgeslagen_reden is null);
