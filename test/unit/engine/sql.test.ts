import assert from 'node:assert/strict';
import { sqlCopyColumn, sqlInsertColumn, sqlParameterColumn } from '../../../src/engine/rules/pii/_sql';

/** The column of the `nth` occurrence (0-based) of `value` in `text`. */
function columnOf(text: string, value: string, nth = 0): string | undefined {
  let at = text.indexOf(value);
  for (let k = 0; k < nth; k++) at = text.indexOf(value, at + 1);
  assert.notEqual(at, -1);
  return sqlInsertColumn(text, at);
}

const CREATE = [
  'DROP TABLE IF EXISTS `customers`;',
  'CREATE TABLE `customers` (',
  '  `id` int NOT NULL AUTO_INCREMENT,',
  "  `full_name` varchar(120) NOT NULL COMMENT 'as written, first, last',",
  '  `phone` varchar(32) DEFAULT NULL,',
  '  `price` decimal(10,2) DEFAULT NULL,',
  '  PRIMARY KEY (`id`),',
  '  KEY `idx_phone` (`phone`)',
  ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;',
].join('\n');

describe('SQL columns of a value (sqlInsertColumn, sqlCopyColumn)', () => {
  it("reads a mysqldump insert without a column list by its table's CREATE TABLE", () => {
    const dump = `${CREATE}\nLOCK TABLES \`customers\` WRITE;\nINSERT INTO \`customers\` VALUES (1,'Ada Quill','0612000001',9.50),(2,'Ben O\\'Hara, Jr','0612000002',(1+2));\nUNLOCK TABLES;`;
    assert.equal(columnOf(dump, 'Ada Quill'), 'full_name');
    assert.equal(columnOf(dump, '0612000001'), 'phone');
    // A later tuple on the same line, after a quoted comma and an escaped quote.
    assert.equal(columnOf(dump, '0612000002'), 'phone');
    assert.equal(columnOf(dump, "Ben O\\'Hara"), 'full_name');
  });

  it("reads the rows after a name's unescaped apostrophe in a hand-made dump", () => {
    const seed = "INSERT INTO customers (id, family_name, phone) VALUES\n(1, 'O'Quill', '0612000001'),\n(2, 'Hara', '0612000002'),\n(3, 'D'Ane', '0612000003');";
    assert.equal(columnOf(seed, '0612000002'), 'phone');
    assert.equal(columnOf(seed, 'Hara'), 'family_name');
    assert.equal(columnOf(seed, '0612000003'), 'phone');
    // A doubled quote is still an escape, and a string still closes before a comma.
    const doubled = "INSERT INTO customers (id, family_name, phone) VALUES (1, 'O''Quill', '0612000001'), (2, 'it''s', '0612000002');";
    assert.equal(columnOf(doubled, '0612000002'), 'phone');
  });

  it('reads the statement’s own column list, for every tuple of a bulk insert', () => {
    const seed = "INSERT INTO customers (id, \"full_name\", phone) VALUES (1, 'Ada Quill', '0612000001'), (2, 'Ben Hara', '0612000002');";
    assert.equal(columnOf(seed, '0612000002'), 'phone');
    assert.equal(columnOf(seed, 'Ben Hara'), 'full_name');
    const lines = "INSERT INTO [dbo].[Customers] ([Id], [FullName], [Phone]) VALUES\n  (1, N'Ada Quill', N'0612000001'),\n  (2, N'Ben Hara', N'0612000002');";
    assert.equal(columnOf(lines, '0612000002'), 'Phone');
  });

  it('answers undefined outside a tuple, for an unknown table, or for a tuple of another width', () => {
    const dump = `${CREATE}\nINSERT INTO \`customers\` VALUES (1,'Ada Quill','0612000001',9.50);\n-- call 0612000003 later`;
    assert.equal(columnOf(dump, '0612000003'), undefined);
    assert.equal(columnOf("INSERT INTO `orders` VALUES (1,'Ada Quill','0612000001');", '0612000001'), undefined);
    assert.equal(columnOf(`${CREATE}\nINSERT INTO \`customers\` VALUES (1,'Ada Quill','0612000001');`, '0612000001'), undefined);
    // Text after the statement's end is in no tuple, however it looks.
    assert.equal(columnOf(`${CREATE}\nINSERT INTO \`customers\` VALUES (1,'Ada Quill','0612000001',1); (2,'Ben Hara','0612000002',2)`, '0612000002'), undefined);
  });

  it("matches a schema-qualified table's definition to an unqualified insert", () => {
    const dump = 'CREATE TABLE public.customers (id integer, full_name text, phone text);\nINSERT INTO customers VALUES (1, \'Ada Quill\', \'0612000001\');';
    assert.equal(columnOf(dump, '0612000001'), 'phone');
  });

  it("reads pg_dump's COPY rows by the statement's column list", () => {
    const dump = 'COPY public.customers (id, full_name, phone) FROM stdin;\n1\tAda Quill\t0612000001\n\\.\n0612000002';
    assert.equal(sqlCopyColumn(dump, dump.indexOf('0612000001')), 'phone');
    assert.equal(sqlCopyColumn(dump, dump.indexOf('Ada Quill')), 'full_name');
    assert.equal(sqlCopyColumn(dump, dump.indexOf('0612000002')), undefined);
  });
});

describe("an ORM's logged parameters", () => {
  const paramColumn = (text: string, value: string): string | undefined => {
    const at = text.indexOf(value);
    assert.notEqual(at, -1);
    return sqlParameterColumn(text, at);
  };
  const efInsert =
    "Failed executing DbCommand (12ms) [Parameters=[@p0='Ana Example' (Size = 200), @p1='0612' (Size = 20), @p10='x'], CommandType='Text']\n" +
    'SET NOCOUNT ON;\nINSERT INTO [Customers] ([FullName], [Phone])\nOUTPUT INSERTED.[Id]\nVALUES (@p0, @p1);\n';

  it("reads an INSERT's column for each parameter, past SQL Server's OUTPUT clause", () => {
    assert.equal(paramColumn(efInsert, 'Ana Example'), 'FullName');
    assert.equal(paramColumn(efInsert, '0612'), 'Phone');
  });

  it("leaves a parameter the command never uses (@p10 is not @p1's use)", () => {
    assert.equal(paramColumn(efInsert, "x'"), undefined);
  });

  it('reads the column an UPDATE sets or a WHERE compares', () => {
    const update = "Executed DbCommand [Parameters=[@p3='ana@example.org', @__id_0='17'], CommandType='Text']\nUPDATE [Users] SET [Email] = @p3 WHERE [Id] = @__id_0;\n";
    assert.equal(paramColumn(update, 'ana@example.org'), 'Email');
    assert.equal(paramColumn(update, "17'"), 'Id');
  });

  it('is no column for a value without a parameter before it', () => {
    assert.equal(paramColumn(efInsert, 'SET NOCOUNT'), undefined);
  });
});

describe("Hibernate's bound parameters", () => {
  const bound = (text: string, value: string): string | undefined => {
    const at = text.indexOf(`[${value}]`);
    assert.notEqual(at, -1);
    return sqlParameterColumn(text, at + 1);
  };
  const log = [
    'DEBUG org.hibernate.SQL : insert into customer (email, full_name, created_at, id) values (?, ?, now(), ?)',
    'TRACE o.h.t.d.sql.BasicBinder : binding parameter [1] as [VARCHAR] - [ana@example.org]',
    'TRACE o.h.t.d.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [Ana Example]',
    'TRACE o.h.t.d.sql.BasicBinder : binding parameter [3] as [BIGINT] - [41]',
    'DEBUG org.hibernate.SQL : update customer c1_0 set c1_0.phone=?, "status"=? where c1_0.id=?',
    'TRACE org.hibernate.orm.jdbc.bind : binding parameter (1:VARCHAR) <- [0612]',
    'TRACE org.hibernate.orm.jdbc.bind : binding parameter (2:VARCHAR) <- [ACTIVE]',
    'TRACE org.hibernate.orm.jdbc.bind : binding parameter (3:BIGINT) <- [42]',
  ].join('\n');

  it("reads an insert's column by the placeholder's place among the values (a literal value takes none)", () => {
    assert.equal(bound(log, 'ana@example.org'), 'email');
    assert.equal(bound(log, 'Ana Example'), 'full_name');
    assert.equal(bound(log, '41'), 'id');
  });

  it("reads the column an update sets or compares, for Hibernate 6's bindings too, the later statement's", () => {
    assert.equal(bound(log, '0612'), 'phone');
    assert.equal(bound(log, 'ACTIVE'), 'status');
    assert.equal(bound(log, '42'), 'id');
  });

  it('is no column for a binding without a statement before it', () => {
    assert.equal(bound('binding parameter [1] as [VARCHAR] - [ana@example.org]', 'ana@example.org'), undefined);
  });
});
