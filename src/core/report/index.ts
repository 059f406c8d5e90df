export * from '../../shared/format';
export * from './table';
export * from './json';
export * from './markdown';
export * from './sarif';
export * from './budgets';
export * from './currency';
