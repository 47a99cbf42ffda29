package nl.perspectiefopwerk.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.Opleidingsniveau;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.matching.domain.Locaties;
import nl.perspectiefopwerk.matching.domain.MatchKandidaat;
import nl.perspectiefopwerk.matching.domain.MatchWerkplek;

/** Willekeurige, kleine invoer voor differentiële tests: weinig vaardigheden zodat gelijke scores vaak voorkomen. */
final class Willekeurig {

  final Random r;
  final int vaardigheden;
  final String[] regios = {"AM01", "AM02", "AM03"};
  final Locaties locaties;
  final List<String> pc4s = new ArrayList<>();

  Willekeurig(long zaad, int vaardigheden) {
    this.r = new Random(zaad);
    this.vaardigheden = vaardigheden;
    Map<String, double[]> c = new HashMap<>();
    for (int i = 0; i < 30; i++) {
      String pc = String.valueOf(1000 + i * 37);
      pc4s.add(pc);
      c.put(pc, new double[] {51.5 + r.nextDouble() * 1.2, 4.0 + r.nextDouble() * 2.0});
    }
    locaties = Locaties.van(c);
  }

  /** Willekeurige specificiteit: elke vaardigheid bij 1–200 van 300 beroepen (dus 25–200 % van het gewicht). */
  nl.perspectiefopwerk.matching.domain.Specificiteit specificiteit() {
    Map<String, Integer> perVaardigheid = new HashMap<>();
    for (int i = 0; i < vaardigheden; i++) if (r.nextInt(5) > 0) perVaardigheid.put("v" + i, 1 + r.nextInt(200));
    return nl.perspectiefopwerk.matching.domain.Specificiteit.uitEsco(perVaardigheid, 300);
  }

  UUID id() {
    // Kleine ruimte van hoge bits zodat ook de tweede helft van het id de volgorde beslist.
    return new UUID(r.nextInt(3) - 1, r.nextLong());
  }

  List<String> skills(int max) {
    int n = r.nextInt(max + 1);
    List<String> s = new ArrayList<>();
    for (int i = 0; i < n; i++) s.add("v" + r.nextInt(vaardigheden));
    return s;
  }

  <T> List<T> deel(T[] alle, int max) {
    List<T> uit = new ArrayList<>();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) uit.add(alle[r.nextInt(alle.length)]);
    return uit;
  }

  MatchKandidaat kandidaat() {
    int beroep = r.nextInt(8);
    List<String> beroepen = r.nextBoolean() ? List.of("b" + beroep) : List.of();
    return new MatchKandidaat(id(), regios[r.nextInt(regios.length)], r.nextInt(20) == 0 ? null : pc4s.get(r.nextInt(pc4s.size())),
        8 + r.nextInt(33), 5 + r.nextInt(60), Opleidingsniveau.values()[r.nextInt(10)], r.nextBoolean(),
        deel(Werkvorm.values(), 3), deel(Instrument.values(), 2), LocalDate.of(2026, 11, 1).plusDays(r.nextInt(90)),
        beroepen, beroepen.isEmpty() ? List.of() : List.of("g" + beroep / 2), skills(6), skills(4),
        r.nextInt(10) > 0, r.nextInt(10) > 0, r.nextInt(10) > 0, r.nextInt(15) == 0);
  }

  MatchWerkplek werkplek() {
    int beroep = r.nextInt(8);
    return new MatchWerkplek(id(), regios[r.nextInt(regios.length)], pc4s.get(r.nextInt(pc4s.size())), 8 + r.nextInt(33),
        Werkvorm.values()[r.nextInt(3)], r.nextBoolean() ? null : Opleidingsniveau.values()[r.nextInt(10)],
        deel(Instrument.values(), 4), LocalDate.of(2026, 11, 15).plusDays(r.nextInt(60)), "b" + beroep, "g" + beroep / 2,
        skills(6), skills(4), 1 + r.nextInt(3), skills(5));
  }
}
