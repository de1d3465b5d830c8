// The JSON values an exported OpenAPI document is made of. Objects keep the
// key order they were built in; the serializers write them in that order, so
// the builders decide the order once and every export repeats it.

/** A JSON value. */
export type Json = string | number | boolean | null | Json[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  [key: string]: Json;
}
