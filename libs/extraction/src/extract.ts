import type { LocalDate } from '@dondoc/core';
import { WorkingDayCalendar } from '@dondoc/calendar';
import type { Finding } from './analysis/finding';
import { tableTasks } from './analysis/table-tasks';
import { makeTitle } from './analysis/title';
import { walk } from './analysis/walk';
import { compileDirectory, CompiledDirectory } from './organization/directory';
import { layoutBlocks } from './text/layout';
import { normalizeText, NormalizedText, rawEnd, rawSlice } from './text/normalize';
import type { Draft, DraftTask, DraftWarning, ExtractOptions } from './types';

const weekendsOnly = new WorkingDayCalendar([]);

/**
 * Drafts the tasks of a meeting conclusion: every clause that directs someone to do something,
 * with its exact source text, its lead and coordinating units as written (resolved to the
 * organisation when one is given) and its deadline as written and as a date. Pure: no I/O.
 */
export function extractDraft(text: string, options: ExtractOptions): Draft {
  const doc = normalizeText(text);
  const deadlines = { meetingDate: options.meetingDate, calendar: options.calendar ?? weekendsOnly };
  const directory = options.organization ? compileDirectory(options.organization) : null;
  const blocks = layoutBlocks(doc);
  let result = walk(doc, blocks, deadlines, directory?.names ?? null, 'narrative');
  // Nothing marked where the conclusions begin (the office pasted only them): read it all as conclusions.
  if (!result.opened || result.midList)
    result = walk(doc, blocks, deadlines, directory?.names ?? null, 'directive');
  const findings = [...result.findings, ...tableTasks(doc, deadlines, directory?.names ?? null)].sort(
    (a, b) => a.start - b.start,
  );

  const warnings: DraftWarning[] = [];
  const tasks = findings.map((finding, index) => {
    const task = toTask(doc, finding);
    const found = [...deadlineWarnings(finding, task, options.meetingDate), ...resolveUnits(task, directory)];
    warnings.push(...found.map((w) => ({ ...w, task: index })));
    return task;
  });
  if (!tasks.length)
    warnings.push({ code: 'NO_TASKS_FOUND', message: 'Không tìm thấy nhiệm vụ nào trong văn bản.' });
  return { meetingDate: options.meetingDate, tasks, warnings };
}

/** A finding as the office sees it: offsets and texts in the input as pasted. */
function toTask(doc: NormalizedText, f: Finding): DraftTask {
  const start = f.sc.skip(f.start, f.end, ',;:-"“');
  const end = f.sc.trimEnd(start, f.end, ',;:."”');
  const due = f.deadline;
  const written = (s: { start: number; end: number }) =>
    rawSlice(doc, s.start, s.end).replace(/\s+/g, ' ').trim();
  return {
    // A plan's year ("dự toán ngân sách năm 2025") stays in the title: it names the thing as much as it dates it.
    title: makeTitle(
      f.sc,
      Math.max(f.actionStart, start),
      end,
      due && (due.rank >= 2 || due.standing) ? [due] : [],
    ),
    sourceText: rawSlice(doc, start, end),
    start: doc.origin[start],
    end: rawEnd(doc, end),
    lead: f.lead.map(written),
    coordinating: f.coordinating.map(written),
    dueDate: due?.date ?? null,
    dueText: due ? written(due) : null,
    units: [],
    coordinatingUnits: [],
    groups: [],
  };
}

type TaskWarning = Omit<DraftWarning, 'task'>;

function deadlineWarnings(f: Finding, task: DraftTask, meeting: LocalDate): TaskWarning[] {
  const text = task.dueText ?? undefined;
  const out: TaskWarning[] = [];
  if (f.deadline?.unknownAnchor) {
    const message = `Thời hạn "${text}" tính từ một mốc văn bản không ghi ngày: cần nhập hạn xử lý.`;
    out.push({ code: 'DEADLINE_ANCHOR_UNKNOWN', text, message });
  }
  if (task.dueDate && task.dueDate < meeting) {
    out.push({
      code: 'DEADLINE_BEFORE_MEETING',
      text,
      message: `Thời hạn ${task.dueDate} trước ngày họp: kiểm tra lại năm.`,
    });
  }
  return out;
}

/** Fills the task's unit and group ids from the directory; names it cannot place become warnings. */
function resolveUnits(task: DraftTask, directory: CompiledDirectory | null): TaskWarning[] {
  if (!directory) return [];
  const out: TaskWarning[] = [];
  const place = (names: string[], units: string[], groups: string[] | null) => {
    for (const name of names) {
      const r = directory.resolve(name);
      if (!r) {
        out.push({
          code: 'UNIT_NOT_FOUND',
          text: name,
          message: `Không tìm thấy đơn vị "${name}" trong danh mục.`,
        });
        continue;
      }
      if (r.narrowed) {
        const message = `"${name}" chỉ một phần của nhóm: chọn các đơn vị cụ thể.`;
        out.push({ code: 'UNIT_GROUP_NARROWED', text: name, message });
      }
      for (const id of r.unitIds) if (!units.includes(id)) units.push(id);
      if (groups && r.groupId && !groups.includes(r.groupId)) groups.push(r.groupId);
    }
  };
  place(task.lead, task.units, task.groups);
  place(task.coordinating, task.coordinatingUnits, null);
  return out;
}
