// The design model: schemas, types, validation and source places.
export * from './design';
export * from './access';
export * from './validate';
export * from './source';
