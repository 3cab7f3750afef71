// Which of the person's cycles an element counts for: its main or additional specialties
// include the cycle's specialty. Counting in several cycles is the "x2" mark.

export interface ElementSpecialties {
  mainSpecialtyCode: string;
  additionalSpecialtyCodes: string[];
}

export function eligibleCycles<C extends { specialtyCode: string }>(element: ElementSpecialties, cycles: C[]): C[] {
  const codes = new Set([element.mainSpecialtyCode, ...element.additionalSpecialtyCodes]);
  return cycles.filter((cycle) => codes.has(cycle.specialtyCode));
}

/** "Засчитывается в цикле: Кардиология" / "… в циклах: Кардиология, Терапия"; empty for none. */
export function countsForLabel(cycles: { specialtyCode: string; specialty?: { name: string } | null }[]): string {
  if (cycles.length === 0) return "";
  const names = cycles.map((cycle) => cycle.specialty?.name ?? cycle.specialtyCode).join(", ");
  return `Засчитывается в ${cycles.length === 1 ? "цикле" : "циклах"}: ${names}`;
}
