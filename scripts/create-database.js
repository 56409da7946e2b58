// Creates the database named in DATABASE_URL when it does not exist yet (connecting to "postgres").
const { Client } = require('pg');

async function main() {
  const target = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/dondoc');
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(target.toString());
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) console.log(`Database "${name}" exists.`);
    else {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`Created database "${name}".`);
    }
  } finally {
    await client.end();
  }
}

main().catch((e) => {
  console.error(`Could not create the database: ${e.message}`);
  process.exit(1);
});
