import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Act, ActParagraph } from '../../runtime/definitions/act';

/**
 * `npm run acts:extract`: the five acts of shared/domain/sources as `act` definitions under
 * definitions/acts/, one paragraph per numbered point ("19."), subpoint ("19.3" for "3)") and
 * appendix ("App2", whose named parts - questions, fields, table steps - resolve to it), each
 * with its text as printed. Marks a person added (notApplicable) survive a re-run.
 */

interface Section {
  /** the act's citation id as definitions write it, e.g. "004/S1" */
  doc: string;
  id: string;
  title: { kk: string; en: string };
  /** lines [from, to) of the source file, 1-based like an editor shows them */
  from: number;
  to?: number;
}

/** shared/domain/sources beside the repository (DESIGN.md: ../shared/domain/), found upwards from here. */
function sourcesFolder(): string {
  if (process.env.QAGIDA_SOURCES) return process.env.QAGIDA_SOURCES;
  for (let dir = join(import.meta.dirname, '../..'); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, '..', 'shared/domain/sources');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('shared/domain/sources not found: set QAGIDA_SOURCES');
}
const SOURCES = sourcesFolder();
const OUT = join(import.meta.dirname, '../../definitions/acts');

/** Where each act's text is in its file: the order's own points, the rules or standards it approves. */
const SECTIONS: Record<string, Section[]> = {
  '000': [
    {
      doc: '000',
      id: '000',
      title: {
        kk: 'Ақпараттандырудың сервистік моделін іске асыру қағидалары',
        en: 'Rules for implementing the service model of informatization (as amended by order No. 101/НҚ of 31 March 2022)',
      },
      from: 1,
    },
  ],
  '001': [
    {
      doc: '001',
      id: '001',
      title: {
        kk: 'Мемлекеттік көрсетілетін қызметтерді оңтайландыру және автоматтандыру қағидалары',
        en: 'Rules for optimizing and automating public services',
      },
      from: 44,
    },
  ],
  '002': [
    {
      doc: '002',
      id: '002',
      title: {
        kk: 'Бірыңғай байланыс орталығының өзара іс-қимыл қағидалары',
        en: 'Rules of interaction of the Unified Contact Centre',
      },
      from: 98,
    },
  ],
  '003': [
    {
      doc: '003',
      id: '003',
      title: {
        kk: '«Мұрағаттық анықтамалар беру» электрондық мемлекеттік қызмет регламенті',
        en: 'Regulation of the e-service "Issuing archival references"',
      },
      from: 38,
    },
  ],
  '004': [
    {
      doc: '004',
      id: '004',
      title: {
        kk: 'Ақпараттандыру саласындағы мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы бұйрық',
        en: 'Order approving the standards of public services in informatization',
      },
      from: 1,
      to: 82,
    },
    {
      doc: '004/S1',
      id: '004-s1',
      title: {
        kk: 'Мемлекеттік көрсетілетін қызмет стандарты (1-қосымша)',
        en: 'Standard of the public service (Appendix 1 to order No. 476)',
      },
      from: 82,
      to: 602,
    },
    {
      doc: '004/S3',
      id: '004-s3',
      title: {
        kk: 'Мемлекеттік көрсетілетін қызмет стандарты (3-қосымша)',
        en: 'Standard of the public service (Appendix 3 to order No. 476)',
      },
      from: 618,
      to: 887,
    },
    {
      doc: '004/S4',
      id: '004-s4',
      title: {
        kk: 'Мемлекеттік көрсетілетін қызмет стандарты (4-қосымша)',
        en: 'Standard of the public service (Appendix 4 to order No. 476)',
      },
      from: 887,
    },
  ],
};

const POINT = /^\s*(?:#+\s+)?["«]?(\d{1,3}(?:-\d)?)\.\s+(\S.*)$/;
const SUBPOINT = /^\s*(?:[-*]\s+)?(\d{1,2})\)\s*(\S.*)$/;
const APPENDIX = /^\s*(?:.*стандарт\S*\s+)?(\d)?-?қосымша\s*$/;
/** Appendices printed without an "N-қосымша" line, known by their heading (003: p.9 calls the screen forms Annex 3). */
const UNHEADED: [RegExp, string][] = [[/^\s*Электрондық мемлекеттік қызметке экрандық нысандар/, '3']];

function paragraphsOf(lines: readonly string[]): ActParagraph[] {
  const paragraphs = new Map<string, ActParagraph>();
  let point: string | undefined;
  let appendix: string | undefined;
  let current: ActParagraph | undefined;
  const open = (id: string, text: string, parts = false) => {
    // The first occurrence wins: an amending order quotes the rules before its own closing points.
    if (paragraphs.has(id)) {
      current = undefined;
      return;
    }
    current = { id, text: text.trim(), ...(parts ? { parts: true } : {}) };
    paragraphs.set(id, current);
  };
  for (const line of lines) {
    const unheaded = UNHEADED.find(([pattern]) => pattern.test(line));
    const app = APPENDIX.exec(line) ?? (unheaded ? [line, unheaded[1]] : null);
    if (app) {
      appendix = `App${app[1] ?? ''}`;
      open(appendix, line, true);
      continue;
    }
    if (appendix) {
      if (current) current.text = `${current.text}\n${line.trim()}`.trim();
      continue;
    }
    const p = POINT.exec(line);
    if (p) {
      point = p[1] as string;
      open(point, `${point}. ${p[2]}`);
      continue;
    }
    const sp = SUBPOINT.exec(line);
    if (sp && point) {
      open(`${point}.${sp[1]}`, `${sp[1]}) ${sp[2]}`);
      continue;
    }
    if (current && line.trim()) current.text = `${current.text}\n${line.trim()}`;
  }
  return [...paragraphs.values()];
}

function main() {
  mkdirSync(OUT, { recursive: true });
  const files = readdirSync(SOURCES).filter((f) => f.endsWith('.txt'));
  for (const [prefix, sections] of Object.entries(SECTIONS)) {
    const file = files.find((f) => f.startsWith(`${prefix}_`));
    if (!file) throw new Error(`no source file for act ${prefix} in ${SOURCES}`);
    const lines = readFileSync(join(SOURCES, file), 'utf8').split('\n');
    for (const section of sections) {
      const target = join(OUT, `${section.id}.json`);
      const previous = existsSync(target) ? (JSON.parse(readFileSync(target, 'utf8')) as Act) : undefined;
      const kept = new Map((previous?.paragraphs ?? []).map((p) => [p.id, p]));
      const paragraphs = paragraphsOf(lines.slice(section.from - 1, section.to ? section.to - 1 : undefined)).map(
        (p) => {
          const old = kept.get(p.id);
          return old?.notApplicable ? { ...p, notApplicable: old.notApplicable } : p;
        },
      );
      const act: Act = {
        kind: 'act',
        id: section.id,
        title: section.title,
        doc: section.doc,
        file: `${file}#L${section.from}${section.to ? `-L${section.to - 1}` : ''}`,
        paragraphs,
        ...(previous?.external ? { external: previous.external } : {}),
      };
      writeFileSync(target, `${JSON.stringify(act, null, 2)}\n`);
      console.log(`${section.doc}: ${paragraphs.length} paragraphs → ${target}`);
    }
  }
}

main();
