/** The acronyms the Glossary page defines, each with the id of its entry there. */
export interface GlossaryAcronym {
  acronym: string;
  id: string;
  /** What it stands for: the link's title, so a pointer shows it without leaving the page. */
  expansion: string;
}

export const GLOSSARY_PATH = '/glossary';

export const GLOSSARY_ACRONYMS: readonly GlossaryAcronym[] = [
  {acronym: 'PAL', id: 'pal', expansion: 'Partner Admin Link'},
  {acronym: 'PGA', id: 'pga', expansion: 'Partner Global Account'},
  {acronym: 'PLA', id: 'pla', expansion: 'Partner Location Account'},
  {acronym: 'PEC', id: 'pec', expansion: 'partner earned credit'},
  {acronym: 'ACR', id: 'acr', expansion: 'Azure consumed revenue'},
  {acronym: 'AOBO', id: 'aobo', expansion: 'admin on behalf of'},
  {acronym: 'GDAP', id: 'gdap', expansion: 'granular delegated admin privileges'},
  {acronym: 'DPOR', id: 'dpor', expansion: 'Digital Partner of Record'},
  {acronym: 'CSP', id: 'csp', expansion: 'Cloud Solution Provider'},
  {acronym: 'PIM', id: 'pim', expansion: 'Privileged Identity Management'},
];
