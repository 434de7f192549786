/** The first free `${stem}${n}` among the ids taken, for a new fact, event or rule. */
export const nextId = (stem: string, taken: readonly string[]) => {
  let n = taken.length + 1;
  while (taken.includes(`${stem}${n}`)) n++;
  return `${stem}${n}`;
};
