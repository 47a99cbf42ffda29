package nl.perspectiefopwerk.mobiliteit;

import java.time.LocalDate;

/** Een tweemaandelijkse monitorperiode: jaar en nummer 1 (jan-feb) tot en met 6 (nov-dec). */
public record Periode(int jaar, int nummer) {

  public Periode {
    if (nummer < 1 || nummer > 6) throw new IllegalArgumentException("periode tussen 1 en 6");
    if (jaar < 2020 || jaar > 2100) throw new IllegalArgumentException("jaar buiten bereik");
  }

  public static Periode van(LocalDate datum) {
    return new Periode(datum.getYear(), (datum.getMonthValue() + 1) / 2);
  }

  public LocalDate begin() {
    return LocalDate.of(jaar, nummer * 2 - 1, 1);
  }

  public LocalDate einde() {
    return begin().plusMonths(2).minusDays(1);
  }

  public boolean bevat(LocalDate d) {
    return d != null && !d.isBefore(begin()) && !d.isAfter(einde());
  }

  public Periode vorige() {
    return nummer == 1 ? new Periode(jaar - 1, 6) : new Periode(jaar, nummer - 1);
  }

  public Periode volgende() {
    return nummer == 6 ? new Periode(jaar + 1, 1) : new Periode(jaar, nummer + 1);
  }

  @Override
  public String toString() {
    return jaar + "-P" + nummer;
  }
}
