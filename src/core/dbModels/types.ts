// A database model as read from a markdown spec: its names, its fields and the
// field that ties a row to a user.

/** One column of a database model. */
export interface DbField {
  name: string;
  type: string;
  /** 0-based line in the spec. */
  line: number;
}

export interface DbModel {
  /** The name as written: the heading (`Task`), the class (`Task`) or the table (`tasks`). */
  name: string;
  /** Workspace-relative path of the spec. */
  file: string;
  /** 0-based line where the model starts. */
  line: number;
  /** Heading slugs the model can be referenced by (`task`, `tasks-table`). */
  anchors: string[];
  fields: DbField[];
  /** The field that ties a row to its user (`user_id`, `owner_id`, a foreign key to users), if any. */
  ownerField?: string;
}
