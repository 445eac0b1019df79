// How the care console writes durations: "45 min", "3 h 5 min", "2 d 4 h".
export function formatMinutes(total: number): string {
  const m = Math.abs(Math.round(total));
  if (m < 60) return `${m} min`;
  if (m < 60 * 24) return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
  const days = Math.floor(m / (60 * 24));
  const hours = Math.floor((m % (60 * 24)) / 60);
  return `${days} d${hours ? ` ${hours} h` : ''}`;
}
