// A deterministic polling-station file shaped like the Russian CEC's tables (region, ТИК, УИК,
// protocol lines, one column per candidate, «Против всех»): the benchmark's large input.
// The same arguments always give the same bytes.
// Usage: node bench/generate.mjs <out.csv> <rows> [contested]
// "contested": in every station votes move from the leader to against all until against all has
// about 20–110 % of the leader's votes, so under "beats the leader" most stations flip somewhere
// between 0 and +30 points of swing (the swing curve's hard case: a flip point per contest).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const REGIONS = 89;
const TIKS_PER_REGION = 30;

export const HEADER = [
  'region',
  'tik',
  'uik',
  'Число избирателей, внесенных в список',
  'Число полученных избирательных бюллетеней',
  'Число избирательных бюллетеней, выданных досрочно',
  'Число избирательных бюллетеней, выданных в день голосования',
  'Число избирательных бюллетеней, выданных вне помещения',
  'Число погашенных избирательных бюллетеней',
  'Число избирательных бюллетеней в переносных ящиках',
  'Число бюллетеней в стационарных ящиках для голосования',
  'Число недействительных избирательных бюллетеней',
  'Число действительных избирательных бюллетеней',
  'Число утраченных избирательных бюллетеней',
  'Число не учтенных при получении избирательных бюллетеней',
  'Глазьев Сергей Юрьевич',
  'Малышкин Олег Александрович',
  'Миронов Сергей Михайлович',
  'Путин Владимир Владимирович',
  'Хакамада Ирина Муцуовна',
  'Харитонов Николай Михайлович',
  'Против всех',
];

/** The mapping of the generated file; `contest_level` "country" (one presidential contest) or "station". */
export function generatedMapping(contestLevel = 'country') {
  return {
    shape: 'wide',
    hierarchy: [
      { level: 'region', column: 'region' },
      { level: 'district', column: 'tik' },
      { level: 'station', column: 'uik' },
    ],
    contest_level: contestLevel,
    measures: {
      registered: ['Число избирателей, внесенных в список'],
      ballots_cast: ['Число избирательных бюллетеней в переносных ящиках', 'Число бюллетеней в стационарных ящиках для голосования'],
      invalid: ['Число недействительных избирательных бюллетеней'],
      valid_votes: ['Число действительных избирательных бюллетеней'],
      against_all: ['Против всех'],
    },
    candidates: [15, 16, 17, 18, 19, 20],
  };
}

const REGION_NAMES = [
  'Республика Адыгея (Адыгея)', 'Республика Башкортостан', 'Республика Бурятия', 'Республика Алтай',
  'Республика Дагестан', 'Кабардино-Балкарская Республика', 'Республика Калмыкия', 'Республика Карелия',
  'Республика Коми', 'Республика Марий Эл', 'Республика Мордовия', 'Республика Саха (Якутия)',
  'Алтайский край', 'Краснодарский край', 'Красноярский край', 'Приморский край', 'Ставропольский край',
  'Хабаровский край', 'Амурская область', 'Архангельская область', 'Астраханская область',
  'Белгородская область', 'Брянская область', 'Владимирская область', 'Волгоградская область',
  'Вологодская область', 'Воронежская область', 'Ивановская область', 'Иркутская область',
  'Калининградская область', 'Калужская область', 'Камчатская область', 'Кемеровская область',
  'Кировская область', 'Костромская область', 'Курганская область', 'Курская область',
  'Ленинградская область', 'Липецкая область', 'Магаданская область', 'Московская область',
  'Мурманская область', 'Нижегородская область', 'Новгородская область', 'Новосибирская область',
];
const TIK_STEMS = ['Центральная', 'Северная', 'Южная', 'Восточная', 'Западная', 'Заречная', 'Ленинская', 'Октябрьская'];

// mulberry32: small, fast, and the same everywhere.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function csvField(text) {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// Candidate shares, roughly the 2004 result: Putin far ahead, against-all around 3.5 %.
const WEIGHTS = [0.041, 0.021, 0.0075, 0.713, 0.039, 0.137, 0.035];

function stationRow(rand, region, tik, uik, contested) {
  const registered = 300 + Math.floor(rand() * 2700);
  const turnout = 0.45 + rand() * 0.5;
  const cast = Math.floor(registered * turnout);
  const portable = Math.floor(cast * rand() * 0.12);
  const stationary = cast - portable;
  const invalid = Math.floor(cast * rand() * 0.02);
  const valid = cast - invalid;
  const raw = WEIGHTS.map((w) => w * (0.6 + rand() * 0.8));
  const sum = raw.reduce((a, b) => a + b, 0);
  const votes = raw.map((w) => Math.floor((valid * w) / sum));
  votes[3] += valid - votes.reduce((a, b) => a + b, 0); // the leader takes the rounding, so every protocol adds up
  if (contested) {
    // Against all near the leader: its votes are taken from the leader's, so the totals stay.
    const target = Math.floor(votes[3] * (0.3 + rand() * 0.75));
    const shift = Math.floor((target - votes[6]) / 2);
    votes[6] += shift;
    votes[3] -= shift;
  }
  const received = registered + Math.floor(rand() * 100);
  const early = Math.floor(rand() * 5);
  const outside = portable;
  const onDay = cast - early - outside;
  const cancelled = received - cast;
  return [
    region, tik, String(uik), registered, received, early, onDay, outside, cancelled,
    portable, stationary, invalid, valid, 0, 0, ...votes,
  ].join(',');
}

export async function generate(path, rows, { contested = false } = {}) {
  const rand = random(contested ? 20231105 : 20040314);
  const out = createWriteStream(path);
  out.write(HEADER.map(csvField).join(',') + '\n');
  const perTik = Math.ceil(rows / (REGIONS * TIKS_PER_REGION));
  let written = 0;
  let chunk = [];
  for (let r = 0; r < REGIONS && written < rows; r += 1) {
    const region = csvField(REGION_NAMES[r % REGION_NAMES.length] + (r >= REGION_NAMES.length ? ` ${r + 1}` : ''));
    let uik = 1;
    for (let t = 0; t < TIKS_PER_REGION && written < rows; t += 1) {
      const tik = `${t + 1} ${TIK_STEMS[t % TIK_STEMS.length]}`;
      for (let s = 0; s < perTik && written < rows; s += 1) {
        chunk.push(stationRow(rand, region, tik, uik, contested));
        uik += 1;
        written += 1;
        if (chunk.length === 10000) {
          if (!out.write(chunk.join('\n') + '\n')) await once(out, 'drain');
          chunk = [];
        }
      }
    }
  }
  if (chunk.length) out.write(chunk.join('\n') + '\n');
  out.end();
  await once(out, 'finish');
  return written;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [path, rows, kind] = process.argv.slice(2);
  if (!path || !rows || (kind !== undefined && kind !== 'contested')) {
    console.error('usage: node bench/generate.mjs <out.csv> <rows> [contested]');
    process.exit(64);
  }
  await generate(path, Number(rows), { contested: kind === 'contested' });
}
