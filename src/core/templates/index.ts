// The starter specs: planning what Initialize Specs creates under the specs root.
export * from './initialize';
