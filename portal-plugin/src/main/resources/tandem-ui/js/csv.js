// Reading the header line of a questionnaire export in the browser, to map its columns before the upload.

/** The header cells of a CSV file (UTF-8 with or without BOM, else Windows-1251; `;` or `,`). */
export async function csvHeaders(file) {
  const bytes = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1251').decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  const line = firstRecord(text);
  const delimiter = count(line, ';') >= count(line, ',') ? ';' : ',';
  return splitRecord(line, delimiter).map((cell) => cell.trim()).filter((cell) => cell.length > 0);
}

function firstRecord(text) {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if ((c === '\n' || c === '\r') && !quoted) return text.slice(0, i);
  }
  return text;
}

function count(line, char) {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) n += 1;
  }
  return n;
}

function splitRecord(line, delimiter) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cell += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) { cells.push(cell); cell = ''; }
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** Words by which a header is taken for a questionnaire field (lower case; `=word` only for the whole header). */
const HINTS = {
  PERSON_ID: ['код участника', 'идентификатор', 'табельный', 'person id', '=id', '=код'],
  FULL_NAME: ['фио', 'ф.и.о', 'full name', 'имя', 'name'],
  BIRTH_DATE: ['дата рождения', 'birth'],
  ROLE_SIDE: ['роль', 'role'],
  CATEGORY: ['категория', 'category'],
  SUBJECTS: ['предмет', 'subject'],
  COMPETENCIES: ['дефицит', 'компетенц', 'затруднен', 'deficit', 'competenc'],
  PREFERRED_FORMAT: ['формат', 'format'],
  AVAILABLE_DAYS: ['дни', 'день', 'days'],
  CAREER_START: ['начало', 'стаж с', 'career', 'teaching start'],
  CAPACITY: ['число наставляемых', 'сколько наставляемых', 'наставляемых', 'capacity'],
  TRAINING: ['школа наставник', 'школе наставник', 'обучен', 'training'],
  WILLING_ELSEWHERE: ['другой организац', 'другой школ', 'elsewhere'],
  CONSENT_GIVEN_ON: ['дата согласия', 'согласие дано', 'согласие от', 'consent given on', 'consent date'],
  CONSENT_GIVEN_BY: ['согласие дал', 'кто дал согласие', 'consent given by'],
  REPRESENTATIVE: ['представител', 'representative'],
  REQUESTS: ['запрос', 'request'],
  OBSERVATIONS: ['наблюден', 'observation'],
  ACHIEVEMENTS: ['достижен', 'интерес', 'achievement'],
};

/** For each field, the header that most likely holds it (each header used once), from `HINTS` and the labels. */
export function guessMapping(fields, headers) {
  const taken = new Set();
  const mapping = {};
  const lower = headers.map((hd) => hd.toLowerCase());
  // exact label matches first, then the hints in order of their specificity
  for (const f of fields) {
    const index = lower.indexOf(f.label.toLowerCase());
    if (index >= 0 && !taken.has(index)) { mapping[f.field] = headers[index]; taken.add(index); }
  }
  for (const f of fields) {
    if (mapping[f.field]) continue;
    for (const hint of HINTS[f.field] || []) {
      const index = lower.findIndex((hd, i) => !taken.has(i) && (hint.startsWith('=') ? hd === hint.slice(1) : hd.includes(hint)));
      if (index >= 0) { mapping[f.field] = headers[index]; taken.add(index); break; }
    }
  }
  return mapping;
}
