#!/usr/bin/env python3
"""Writes the gallery's bundled datasets (data/<id>/) from the real result files in /work/shared.

    python3 scripts/make-gallery-data.py [--shared /work/shared/data] [--out data]

Deterministic: the same inputs give the same bytes. Every figure it writes is a value of the source
file or an exact sum of its rows; nothing is estimated. The generated folders are committed, so the
build never needs /work/shared. What each source is and what may be done with it: data/README.md.

- Russia, presidential election of 14 March 2004: the polling-station file (95,779 rows) summed by
  region (91); one national contest; the stations where against all beat every candidate are listed
  in against-all-first.csv and named in their region's note.
- Kyrgyzstan, presidential election of 15 October 2017: 53 rayons and cities; one national contest.
  Rows whose vote columns do not add up to their valid-ballot line keep both figures (a second claim),
  so the core reports the disagreement; nothing is corrected.
- Bulgaria, National Assembly, six elections 2021-2024: 265 municipalities in 29 constituencies; one
  national party-list vote.
"""
import argparse
import csv
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORMAT = 'against-all/dataset@1'
MONTHS_KK = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан',
             'қараша', 'желтоқсан']
MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
             'ноября', 'декабря']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']


def dates(iso):
    """The date in the three languages' own way of writing it."""
    year, month, day = (int(part) for part in iso.split('-'))
    return {'ru': f'{day} {MONTHS_RU[month - 1]} {year}', 'kk': f'{year} жылғы {day} {MONTHS_KK[month - 1]}',
            'en': f'{day} {MONTHS_EN[month - 1]} {year}'}


def count(text, where):
    """A count as the sources write it: digits, or a float with nothing after the point (`81.0`)."""
    match = re.fullmatch(r'(\d+)(?:\.0+)?', text.strip())
    if not match:
        sys.exit(f'{where}: not a whole count: {text!r}')
    return int(match.group(1))


def read_rows(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


class Dataset:
    """The rows of one dataset folder, written in the project's format (data/README.md)."""

    def __init__(self, manifest):
        self.manifest = manifest
        self.sources, self.units, self.figures, self.candidates = [], [], [], []
        self.extra = {}

    def source(self, **row):
        self.sources.append({'publisher_ru': '', 'publisher_kk': '', **row})

    def unit(self, id, parent, level, kind, name_ru, name_kk='', name_en='', source='', note=''):
        self.units.append(dict(id=id, parent=parent, level=level, kind=kind, name_ru=name_ru, name_kk=name_kk,
                               name_en=name_en, source=source, note=note))

    def figure(self, unit, measure, value, source, note=''):
        self.figures.append(dict(unit=unit, measure=measure, value=value, source=source, note=note))

    def candidate(self, contest, name_ru, name_source, party, votes, source, elected=''):
        self.candidates.append(dict(contest=contest, name_ru=name_ru, name_source=name_source, party=party,
                                    votes=votes, elected=elected, source=source))

    def write(self, folder):
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, 'dataset.json'), 'w', encoding='utf-8') as f:
            json.dump(self.manifest, f, ensure_ascii=False, indent=2)
            f.write('\n')
        tables = {
            'sources.csv': (['id', 'publisher', 'publisher_ru', 'publisher_kk', 'title', 'url', 'language', 'kind', 'note',
                             'note_ru', 'note_kk'],
                            self.sources),
            'units.csv': (['id', 'parent', 'level', 'kind', 'name_ru', 'name_kk', 'name_en', 'source', 'note'],
                          self.units),
            'figures.csv': (['unit', 'measure', 'value', 'source', 'note'], self.figures),
            'candidates.csv': (['contest', 'name_ru', 'name_source', 'party', 'votes', 'elected', 'source'],
                               self.candidates),
            **self.extra,
        }
        for name, (columns, rows) in tables.items():
            with open(os.path.join(folder, name), 'w', encoding='utf-8', newline='') as f:
                writer = csv.DictWriter(f, fieldnames=columns, lineterminator='\n')
                writer.writeheader()
                writer.writerows(rows)


def manifest(id, title, iso_date, kind, levels, gallery, priority):
    return {
        'format': FORMAT,
        'id': id,
        'title': title,
        'date': iso_date,
        'kind': kind,
        'levels': levels,
        'contest_level': 'country',
        'claim_rule': {'source_priority': priority,
                       'note': 'One source for every figure; a second claim only where the source contradicts itself.'},
        'files': {'sources': 'sources.csv', 'units': 'units.csv', 'figures': 'figures.csv',
                  'candidates': 'candidates.csv'},
        'gallery': gallery,
    }


ONE_CONTEST_NOTE = {
    'ru': 'Одно общенациональное голосование: правила применяются к стране в целом. Регионы показывают, где голосовали «против всех», но сами не решают исход.',
    'kk': 'Бір жалпыұлттық дауыс беру: ережелер бүкіл елге қолданылады. Өңірлер «Барлығына қарсы» қай жерде дауыс бергенін көрсетеді, бірақ нәтижені өздері шешпейді.',
    'en': 'One national contest: the rules apply to the country as a whole. The areas show where the votes against all were cast; they do not decide an outcome of their own.',
}

COUNTRY_LEVEL = {'id': 'country', 'name': {'ru': 'Страна', 'kk': 'Ел', 'en': 'Country'}}


# --- Russia 2004 -----------------------------------------------------------------------------------

RU_CANDIDATES = [  # the columns of 2004.csv: each candidate's full name as the CEC writes it
    ('Глазьев Сергей Юрьевич', 'Глазьев Сергей Юрьевич'),
    ('Малышкин Олег Александрович', 'Малышкин Олег Александрович'),
    ('Миронов Сергей Михайлович', 'Миронов Сергей Михайлович'),
    ('Путин Владимир Владимирович', 'Путин Владимир Владимирович'),
    ('Хакамада Ирина Муцуовна', 'Хакамада Ирина Муцуовна'),
    ('Харитонов Николай Михайлович', 'Харитонов Николай Михайлович'),
]
RU_AGAINST = 'Против всех'
RU_REGISTERED = 'Число избирателей, внесенных в список'
RU_PORTABLE = 'Число избирательных бюллетеней в переносных ящиках'
RU_STATIONARY = 'Число бюллетеней в стационарных ящиках для голосования'
RU_INVALID = 'Число недействительных избирательных бюллетеней'
RU_VALID = 'Число действительных избирательных бюллетеней'


def russia_2004(shared):
    rows = read_rows(os.path.join(shared, 'ru-2004-president-stations', '2004.csv'))
    regions = {}  # source name → sums, in the order of first appearance
    first_place = []
    for line, row in enumerate(rows, start=2):
        where = f'2004.csv:{line}'
        sums = regions.setdefault(row['region'], {'stations': 0, 'registered': 0, 'ballots_cast': 0, 'invalid': 0,
                                                  'valid_votes': 0, 'against_all': 0,
                                                  **{c: 0 for c, _ in RU_CANDIDATES}})
        votes = {c: count(row[c], where) for c, _ in RU_CANDIDATES}
        against = count(row[RU_AGAINST], where)
        sums['stations'] += 1
        sums['registered'] += count(row[RU_REGISTERED], where)
        sums['ballots_cast'] += count(row[RU_PORTABLE], where) + count(row[RU_STATIONARY], where)
        sums['invalid'] += count(row[RU_INVALID], where)
        sums['valid_votes'] += count(row[RU_VALID], where)
        sums['against_all'] += against
        for c in votes:
            sums[c] += votes[c]
        leader = max(votes, key=lambda c: votes[c])
        if against > votes[leader]:
            first_place.append({'region': row['region'], 'tik': row['tik'], 'uik': row['uik'],
                                'registered': count(row[RU_REGISTERED], where),
                                'ballots_cast': count(row[RU_PORTABLE], where) + count(row[RU_STATIONARY], where),
                                'against_all': against, 'leader': leader, 'leader_votes': votes[leader],
                                'line': line, 'url': row['url']})

    title = {'ru': 'Выборы Президента Российской Федерации, 14 марта 2004',
             'kk': 'Ресей Федерациясы Президентінің сайлауы, 2004 жылғы 14 наурыз',
             'en': 'Presidential election, Russia, 14 March 2004'}
    gallery = {
        'country': 'RU', 'country_name': {'ru': 'Россия', 'kk': 'Ресей', 'en': 'Russia'},
        'contest': 'presidential', 'structure': 'one_contest_by_area',
        'areas': len(regions), 'area_level': 'region', 'stations': len(rows),
        'complete': True, 'rules_note': ONE_CONTEST_NOTE, 'notes': {
            'ru': 'Все 95 779 участков, сложенные по 91 региону (включая Байконур и участки за рубежом). Голоса кандидатов по регионам не включены, только по стране.',
            'kk': 'Барлық 95 779 учаске 91 өңір бойынша қосылған (Байқоңыр мен шетелдегі учаскелер де бар). Кандидаттардың дауыстары өңірлер бойынша емес, тек ел бойынша берілген.',
            'en': 'All 95,779 polling stations summed into 91 regions (Baikonur and the stations abroad included). Candidate votes are given for the country, not by region.'},
    }
    d = Dataset(manifest('ru-2004-president', title, '2004-03-14', 'presidential',
                         [COUNTRY_LEVEL, {'id': 'region', 'name': {'ru': 'Регион', 'kk': 'Өңір', 'en': 'Region'}}],
                         gallery, ['kobak-shpilkin']))
    d.source(id='kobak-shpilkin', publisher='Central Election Commission of the Russian Federation (vybory.izbirkom.ru); compiled by Sergey Shpilkin; file by Dmitry Kobak',
             publisher_ru='Центральная избирательная комиссия Российской Федерации (vybory.izbirkom.ru); свод — Сергей Шпилькин; файл — Дмитрий Кобак',
             publisher_kk='Ресей Федерациясының Орталық сайлау комиссиясы (vybory.izbirkom.ru); жинаған — Сергей Шпилькин; файл — Дмитрий Кобак',
             title='2004.csv (in data/2004.csv.zip, commit 4e88b19823ac2ff97d4bd7be79b8d09833eb1b2e): the protocol of every polling station',
             url='https://github.com/dkobak/elections', language='ru', kind='compilation',
             note='Polling-station protocols scraped from the CEC site by S. Shpilkin, used in Kobak, Shpilkin & Pshenichnikov, Ann. Appl. Stat. 10(1), 2016. No licence stated; the numbers are official CEC protocol data. Every figure here is a sum of its rows by scripts/make-gallery-data.py: ballots cast = ballots in portable + stationary boxes.',
             note_ru='Протоколы участковых комиссий, собранные С. Шпилькиным с сайта ЦИК; использованы в работе Kobak, Shpilkin & Pshenichnikov, Ann. Appl. Stat. 10(1), 2016. Лицензия не указана; числа — официальные данные протоколов ЦИК. Каждая цифра здесь — сумма строк файла, посчитанная scripts/make-gallery-data.py: число проголосовавших = бюллетени в переносных + стационарных ящиках.',
             note_kk='Сайлау учаскелерінің хаттамаларын ОСК сайтынан С. Шпилькин жинаған; Kobak, Shpilkin & Pshenichnikov, Ann. Appl. Stat. 10(1), 2016 жұмысында пайдаланылған. Лицензиясы көрсетілмеген; сандар — ОСК хаттамаларының ресми деректері. Мұндағы әр сан — scripts/make-gallery-data.py есептеген файл жолдарының қосындысы: дауыс бергендер саны = көшпелі + тұрақты жәшіктердегі бюллетеньдер.')
    d.source(id='cec-ru', publisher='Центральная избирательная комиссия Российской Федерации',
             title='Выборы Президента Российской Федерации 14 марта 2004 г.: протоколы участковых избирательных комиссий',
             url='http://www.vybory.izbirkom.ru/', language='ru', kind='commission',
             note='The original publisher; each row of the compiled file carries the address of its protocol (column url). Its final protocol differs from the sums of the station rows by about 0.01 % (e.g. registered 108,064,281 vs 108,064,342).',
             note_ru='Первоисточник; каждая строка сводного файла содержит адрес своего протокола (столбец url). Итоговый протокол ЦИК отличается от сумм строк участков примерно на 0,01 % (например, зарегистрировано 108 064 281 против 108 064 342).',
             note_kk='Бастапқы жариялаушы; жинақталған файлдың әр жолында өз хаттамасының мекенжайы бар (url бағаны). ОСК-нің қорытынды хаттамасы учаске жолдарының қосындысынан шамамен 0,01 %-ға ерекшеленеді (мысалы, тіркелгендер 108 064 281, ал қосындыда 108 064 342).')
    by_region = {}
    for station in first_place:
        by_region.setdefault(station['region'], []).append(station)
    d.unit('ru', '', 'country', 'country', 'Российская Федерация', 'Ресей Федерациясы', 'Russian Federation', 'cec-ru',
           f'One national contest. In {len(first_place)} of {len(rows)} polling stations against all beat every candidate: against-all-first.csv.')
    d.figure('ru', 'candidates', len(RU_CANDIDATES), 'cec-ru')
    for number, (name, sums) in enumerate(regions.items(), start=1):
        id = f'r{number:02d}'
        clean = re.sub(r'^\d+ ', '', name)
        note = ''
        if clean != name:
            note = f'the source writes «{name}»'
        stations = by_region.get(name, [])
        if stations:
            listed = '; '.join(f"{s['tik']}, УИК {s['uik']}: против всех {s['against_all']}, {s['leader'].split()[0]} {s['leader_votes']}"
                               for s in stations)
            note = (note + '. ' if note else '') + f'Против всех первые на {len(stations)} участк{"е" if len(stations) == 1 else "ах"}: {listed}'
        d.unit(id, 'ru', 'region', 'region', clean, source='kobak-shpilkin', note=note)
        for measure in ('registered', 'ballots_cast', 'invalid', 'valid_votes', 'against_all'):
            d.figure(id, measure, sums[measure], 'kobak-shpilkin',
                     f"sum of {sums['stations']} polling stations" if measure == 'registered' else '')
    totals = {c: sum(r[c] for r in regions.values()) for c, _ in RU_CANDIDATES}
    winner = max(totals, key=lambda c: totals[c])
    for column, name in RU_CANDIDATES:
        d.candidate('ru', name, column, '', totals[column], 'kobak-shpilkin', 'yes' if column == winner else 'no')
    columns = ['region', 'tik', 'uik', 'registered', 'ballots_cast', 'against_all', 'leader', 'leader_votes', 'line', 'url']
    d.extra['against-all-first.csv'] = (columns, first_place)
    return d


# --- Kyrgyzstan 2017 -------------------------------------------------------------------------------

KG_CANDIDATES = [  # column (cut to 10 characters by the GIS export) → name
    ('Zarlykov_E', 'Зарлыков Э.'), ('Umetalieva', 'Уметалиева Токтайым'), ('Sariev_Tem', 'Сариев Темир'),
    ('Kochkorov_', 'Кочкоров'), ('Masadykov_', 'Масадыков Таалатбек'), ('Babanov_Om', 'Бабанов Омурбек'),
    ('Abdyldaev_', 'Абдылдаев'), ('Beknazarov', 'Бекназаров Азимбек'), ('Zheenbekov', 'Жээнбеков Сооронбай'),
    ('Madumarov_', 'Мадумаров Адахан'), ('Maliev_Ars', 'Малиев Арстанбек'),
]


def kyrgyzstan_2017(shared):
    rows = read_rows(os.path.join(shared, 'real-files', 'kyrgyzstan-president-2017-rayons',
                                  'kg_president_2017_by_rayon.csv'))
    title = {'ru': 'Выборы Президента Кыргызской Республики, 15 октября 2017',
             'kk': 'Қырғыз Республикасы Президентінің сайлауы, 2017 жылғы 15 қазан',
             'en': 'Presidential election, Kyrgyzstan, 15 October 2017'}
    gallery = {
        'country': 'KG', 'country_name': {'ru': 'Кыргызстан', 'kk': 'Қырғызстан', 'en': 'Kyrgyzstan'},
        'contest': 'presidential', 'structure': 'one_contest_by_area',
        'areas': len(rows), 'area_level': 'area', 'complete': True, 'rules_note': ONE_CONTEST_NOTE, 'notes': {
            'ru': '53 района и города; без участков за рубежом. Три строки источника не сходятся — это показано как находки, не исправлено. Голоса кандидатов — по стране.',
            'kk': '53 аудан мен қала; шетелдегі учаскелерсіз. Дереккөздің үш жолы қосындыға сай келмейді — бұл түзетілмей, табылған мәселе ретінде көрсетілген. Кандидаттардың дауыстары — ел бойынша.',
            'en': '53 rayons and cities; the stations abroad are not included. Three rows of the source do not add up: shown as findings, not corrected. Candidate votes for the country.'},
    }
    d = Dataset(manifest('kg-2017-president', title, '2017-10-15', 'presidential',
                         [COUNTRY_LEVEL, {'id': 'area', 'name': {'ru': 'Район или город', 'kk': 'Аудан немесе қала',
                                                                  'en': 'Rayon or city'}}],
                         gallery, ['bekturov']))
    d.source(id='bekturov', publisher='compiled by Adilet Bekturov (figures of the Central Election Commission of the Kyrgyz Republic, shailoo.gov.kz, as the field names show; provenance not stated)',
             publisher_ru='свод Адилета Бектурова (данные ЦИК Кыргызской Республики, shailoo.gov.kz, судя по названиям полей; происхождение не указано)',
             publisher_kk='Әділет Бектуровтың жинағы (Қырғыз Республикасы ОСК деректері, shailoo.gov.kz, өріс атауларына қарағанда; шығу тегі көрсетілмеген)',
             title='kg_rayon.geojson (posts/my-new-post, commit 82d815c54b5c209669428ff81af8c9cc8f50fd35): «Kyrgyzstan Election Data Visualisation»',
             url='https://github.com/Adilet1988/MapTemplateBlog', language='ru', kind='compilation',
             note='No licence stated. The fields follow the CEC protocol: voters = registered, voters_get = ballots cast, number_val valid, number_inv invalid, Against_ev = against all. Not checked against the CEC final protocol; the stations abroad are not included.',
             note_ru='Лицензия не указана. Поля следуют протоколу ЦИК: voters = зарегистрированные избиратели, voters_get = число проголосовавших, number_val — действительные, number_inv — недействительные, Against_ev = «против всех». Не сверено с итоговым протоколом ЦИК; участки за рубежом не включены.',
             note_kk='Лицензиясы көрсетілмеген. Өрістер ОСК хаттамасына сәйкес: voters = тіркелген сайлаушылар, voters_get = дауыс бергендер саны, number_val — жарамды, number_inv — жарамсыз, Against_ev = «Барлығына қарсы». ОСК-нің қорытынды хаттамасымен салыстырылмаған; шетелдегі учаскелер кірмейді.')
    d.source(id='cec-kg', publisher='Центральная комиссия по выборам и проведению референдумов Кыргызской Республики',
             title='Выборы Президента Кыргызской Республики 15 октября 2017 года', url='https://shailoo.gov.kz/',
             language='ru', kind='commission', note='The original publisher of the protocols the compilation follows.',
             note_ru='Первоисточник протоколов, которым следует сводка.',
             note_kk='Жинақ негізге алған хаттамалардың бастапқы жариялаушысы.')
    d.source(id='row-sum', publisher='scripts/make-gallery-data.py',
             title="The row's 11 candidate columns and Against_ev, summed",
             url='', language='', kind='derived',
             note="Given only where it differs from the row's number_val, so that the core reports the disagreement. Neither value is corrected.",
             note_ru='Приводится только там, где сумма расходится с number_val строки, чтобы ядро сообщило о расхождении. Ни одно из значений не исправлено.',
             note_kk='Қосынды жолдың number_val мәнінен өзгеше болған жерде ғана беріледі, ядро сәйкессіздік туралы хабарлауы үшін. Екі мәннің ешқайсысы түзетілмеген.')
    d.unit('kg', '', 'country', 'country', 'Кыргызская Республика', 'Қырғыз Республикасы', 'Kyrgyz Republic', 'cec-kg',
           'One national contest; the stations abroad are not included.')
    d.figure('kg', 'candidates', len(KG_CANDIDATES), 'bekturov', 'Torobayev and Tashiev withdrew before polling day')
    totals = {c: 0 for c, _ in KG_CANDIDATES}
    for line, row in enumerate(rows, start=2):
        where = f'kg_president_2017_by_rayon.csv:{line}'
        id = row['NAME_A2'].lower()
        d.unit(id, 'kg', 'area', row['Type'], row['NAME'], row['NAME'], row['NAME_EN'], 'bekturov')
        for measure, column in (('registered', 'voters'), ('ballots_cast', 'voters_get'), ('invalid', 'number_inv'),
                                ('valid_votes', 'number_val'), ('against_all', 'Against_ev')):
            d.figure(id, measure, count(row[column], where), 'bekturov', column)
        votes = {c: count(row[c], where) for c, _ in KG_CANDIDATES}
        for c in votes:
            totals[c] += votes[c]
        row_sum = sum(votes.values()) + count(row['Against_ev'], where)
        if row_sum != count(row['number_val'], where):
            d.figure(id, 'valid_votes', row_sum, 'row-sum', f'line {line}: candidates + Against_ev')
    winner = max(totals, key=lambda c: totals[c])
    for column, name in KG_CANDIDATES:
        d.candidate('kg', name, column, '', totals[column], 'bekturov', 'yes' if column == winner else 'no')
    return d


# --- Bulgaria 2021-2024 ----------------------------------------------------------------------------

BG_ELECTIONS = ['2021-04-04', '2021-07-11', '2021-11-14', '2022-10-02', '2023-04-02', '2024-06-09']
BG_NOT_PARTIES = {'municipality_name', 'не подкрепям никого', 'невалидни', 'eligible_voters', 'region',
                  'region_name', 'n_stations', 'total', 'activity', 'nuts4'}
BG_LIST_NOTE = {
    'ru': 'Голосование за партийные списки: 240 мест делятся между списками, набравшими 4 % по стране. «Не подкрепям никого» — действительный голос, не получающий мест; других последствий закон ему не придаёт. Из правил страницы к этим выборам прямо применимы доли и «статистическое»; правила, сравнивающие «против всех» с лидером, считают первый список кандидатом — это мысленный эксперимент, а не то, как решается голосование по спискам; порога явки нет. Голоса из-за рубежа не включены.',
    'kk': 'Партиялық тізімдерге дауыс беру: 240 орын ел бойынша 4 % жинаған тізімдерге бөлінеді. «Не подкрепям никого» («Ешкімді қолдамаймын») — орын алмайтын жарамды дауыс; заң оған басқа салдар бермейді. Беттің ережелерінен бұл сайлауға тікелей үлестер мен «статистикалық» ереже қолданылады; «Барлығына қарсы» дауысты көшбасшымен салыстыратын ережелер бірінші тізімді кандидат деп есептейді — бұл ой эксперименті, тізімдік дауыс беру олай шешілмейді; сайлаушылардың қатысу шегі жоқ. Шетелден берілген дауыстар кірмеген.',
    'en': 'A party-list vote: 240 seats are shared among the lists that pass 4 % nationally. «Не подкрепям никого» ("I support no one") is a valid vote that wins no seat; the law gives it no other effect. Of the page\'s rules, the shares and the statistical rule apply as they stand; the rules that compare against all with the leader treat the leading list as a candidate, a thought experiment rather than how a list vote is decided; there is no turnout minimum. Votes cast abroad are not included.',
}


def bulgaria(shared, iso):
    path = os.path.join(shared, 'real-files', 'bulgaria-parliament-2021-2024', f'{iso}ns_mun.csv')
    rows = read_rows(path)
    parties = [c for c in rows[0].keys() if c not in BG_NOT_PARTIES]
    day = dates(iso)
    title = {'ru': f'Выборы в Народное собрание Болгарии, {day["ru"]}',
             'kk': f'Болгария Халық жиналысының сайлауы, {day["kk"]}',
             'en': f'National Assembly election, Bulgaria, {day["en"]}'}
    constituencies = {}
    for row in rows:
        constituencies.setdefault(int(row['region']), row['region_name'])
    gallery = {
        'country': 'BG', 'country_name': {'ru': 'Болгария', 'kk': 'Болгария', 'en': 'Bulgaria'},
        'contest': 'parliament_list', 'structure': 'one_contest_by_area',
        'areas': len(constituencies), 'area_level': 'constituency', 'municipalities': len(rows), 'complete': True,
        'rules_note': BG_LIST_NOTE,
        'notes': {
            'ru': f'{len(rows)} общин в {len(constituencies)} избирательных округах; голоса из-за рубежа не включены. Партийные списки, не кандидаты.',
            'kk': f'{len(constituencies)} сайлау округіндегі {len(rows)} муниципалитет; шетелден берілген дауыстар кірмеген. Кандидаттар емес, партиялық тізімдер.',
            'en': f'{len(rows)} municipalities in {len(constituencies)} constituencies; votes cast abroad are not included. Party lists, not candidates.'},
    }
    d = Dataset(manifest(f'bg-{iso}-national-assembly', title, iso, 'parliament-list',
                         [COUNTRY_LEVEL,
                          {'id': 'constituency', 'name': {'ru': 'Избирательный округ', 'kk': 'Сайлау округі',
                                                          'en': 'Constituency'}},
                          {'id': 'municipality', 'name': {'ru': 'Община', 'kk': 'Муниципалитет', 'en': 'Municipality'}}],
                         gallery, ['bakalov']))
    d.source(id='bakalov', publisher='compiled by Petar Bakalov from the section-level open data of the Central Election Commission of Bulgaria (ЦИК, results.cik.bg)',
             publisher_ru='свод Петра Бакалова по открытым данным избирательных секций Центральной избирательной комиссии Болгарии (ЦИК, results.cik.bg)',
             publisher_kk='Петр Бакаловтың Болгария Орталық сайлау комиссиясының учаскелік ашық деректері бойынша жинағы (ЦИК, results.cik.bg)',
             title=f'assets/data/el_data/{iso}ns_mun.csv (commit 6dd7057b8e97c224b1a2ac06f0114b255b6339d1): results by municipality',
             url='https://github.com/pbakalov/izbori', language='bg', kind='compilation',
             note='No licence stated; the aggregation code is not published. eligible_voters = registered, total = ballots cast, невалидни = invalid, «не подкрепям никого» = against all (a valid vote). Votes cast abroad are not included.',
             note_ru='Лицензия не указана; код агрегации не опубликован. eligible_voters = зарегистрированные избиратели, total = число проголосовавших, невалидни = недействительные, «не подкрепям никого» = «против всех» (действительный голос). Голоса, поданные за рубежом, не включены.',
             note_kk='Лицензиясы көрсетілмеген; біріктіру коды жарияланбаған. eligible_voters = тіркелген сайлаушылар, total = дауыс бергендер саны, невалидни = жарамсыз, «не подкрепям никого» = «Барлығына қарсы» (жарамды дауыс). Шетелде берілген дауыстар кірмейді.')
    d.source(id='cik-bg', publisher='Централна избирателна комисия (Bulgaria)',
             publisher_ru='Централна избирателна комисия (Болгария)', publisher_kk='Централна избирателна комисия (Болгария)', title=f'Избори за Народно събрание, {iso}',
             url='https://results.cik.bg/', language='bg', kind='commission',
             note='The original publisher of the section protocols the compilation sums.',
             note_ru='Первоисточник протоколов избирательных секций, которые суммирует сводка.',
             note_kk='Жинақ қосып шығаратын сайлау учаскелері хаттамаларының бастапқы жариялаушысы.')
    d.unit('bg', '', 'country', 'country', 'Република България', 'Болгария Республикасы', 'Republic of Bulgaria', 'cik-bg',
           'One national party-list vote (how the rules apply: dataset.json, gallery.rules_note).')
    d.figure('bg', 'candidates', len(parties), 'bakalov', 'party lists and independent candidates (независими, one column)')
    for number, name in sorted(constituencies.items()):
        note = ''
        if number == 23:
            note = 'The capital is one municipality (Столична) and one row of the source, filed under 23 МИР: it holds the three Sofia constituencies 23, 24 and 25.'
        d.unit(f'mir-{number:02d}', 'bg', 'constituency', 'constituency', name, source='bakalov', note=note)
    totals = {p: 0 for p in parties}
    for line, row in enumerate(rows, start=2):
        where = f'{iso}ns_mun.csv:{line}'
        id = f"mir-{int(row['region']):02d}/{row['nuts4']}"
        d.unit(id, f"mir-{int(row['region']):02d}", 'municipality', 'municipality', row['municipality_name'],
               source='bakalov')
        for measure, column in (('registered', 'eligible_voters'), ('ballots_cast', 'total'),
                                ('invalid', 'невалидни'), ('against_all', 'не подкрепям никого')):
            d.figure(id, measure, count(row[column], where), 'bakalov')
        for p in parties:
            totals[p] += count(row[p], where)
    for p in sorted(parties, key=lambda p: (-totals[p], p)):
        d.candidate('bg', p.strip(), p, '', totals[p], 'bakalov')  # the list is the party: no party column
    return d


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--shared', default='/work/shared/data', help='the folder holding real-files/ and ru-2004-president-stations/')
    parser.add_argument('--out', default=os.path.join(ROOT, 'data'), help='where the dataset folders go (default: data/)')
    args = parser.parse_args()
    made = [russia_2004(args.shared), kyrgyzstan_2017(args.shared)] + [bulgaria(args.shared, iso) for iso in BG_ELECTIONS]
    for d in made:
        d.write(os.path.join(args.out, d.manifest['id']))
        print(f"{d.manifest['id']}: {len(d.units)} units, {len(d.figures)} figures, {len(d.candidates)} candidates")


if __name__ == '__main__':
    main()
