export * from './overdue-report.view';
export * from './overdue-report.service';
export * from './scorecard';
export * from './scorecard.service';
export * from './xlsx/sheet-layout';
export * from './xlsx/overdue.xlsx';
export * from './xlsx/scorecard.xlsx';
export * from './reports.module';
