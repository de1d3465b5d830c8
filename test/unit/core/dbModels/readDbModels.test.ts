import { strict as assert } from 'node:assert';
import { findDbModel, readDbModels } from '../../../../src/core/dbModels';

const names = (text: string) => readDbModels('specs/db/models.md', text).map((m) => `${m.name}:${m.fields.map((f) => f.name).join(',')}:${m.ownerField ?? '-'}`);

describe('database models from markdown', () => {
  it('reads a column table under a heading, with the owner column', () => {
    const text = ['# Models', '', '## Task', '', '| Column | Type | Constraints | Description |', '|---|---|---|---|', '| id | integer | primary key | id |', '| user_id | integer | foreign key user.id | Owner |', '| title | string | not null | Title |'].join('\n');
    assert.deepEqual(names(text), ['Task:id,user_id,title:user_id']);
  });

  it('reads typed bullets', () => {
    const text = ['## Task', '', '- `id`: integer, primary key', '- `owner_id`: integer (FK → users.id)', '- `title`: string (required)', '- plain prose that is not a field'].join('\n');
    assert.deepEqual(names(text), ['Task:id,owner_id,title:owner_id']);
  });

  it('reads SQL CREATE TABLE blocks, one model per table, with foreign keys to users', () => {
    const text = ['## Schema', '', '```sql', 'CREATE TABLE users (', '  id SERIAL PRIMARY KEY,', '  email VARCHAR(255) UNIQUE NOT NULL', ');', 'CREATE TABLE tasks (', '  id SERIAL PRIMARY KEY,', '  author INTEGER NOT NULL REFERENCES users(id),', '  title VARCHAR(200) NOT NULL,', '  PRIMARY KEY (id)', ');', '```'].join('\r\n');
    assert.deepEqual(names(text), ['users:id,email:-', 'tasks:id,author,title:author']);
  });

  it('reads SQLModel classes and merges them with the table under the same heading', () => {
    const text = ['## Task', '', '| Column | Type |', '|---|---|', '| id | integer |', '', '```python', 'class Task(SQLModel, table=True):', '    id: int | None = Field(default=None, primary_key=True)', '    user_id: int = Field(foreign_key="user.id")', '    completed: bool = False', '    owner: "User" = Relationship(back_populates="tasks")', '```'].join('\n');
    const [task] = readDbModels('specs/db/models.md', text);
    assert.deepEqual(task?.fields.map((f) => f.name), ['id', 'user_id', 'completed']);
    assert.equal(task?.ownerField, 'user_id');
    assert.deepEqual(task?.anchors, ['task']);
  });

  it('finds a model by a reference anchor, by name or plural table name', () => {
    const models = readDbModels('specs/database/schema.md', ['## Tasks Table', '', '| Column | Type |', '|---|---|', '| id | integer |'].join('\n'));
    assert.equal(findDbModel(models, '@specs/database/schema.md#tasks-table')?.name, 'Tasks');
    assert.equal(findDbModel(models, '@specs/database/schema.md#task')?.name, 'Tasks');
    assert.equal(findDbModel(models, '@specs/db/models.md#user'), undefined);
  });
});
