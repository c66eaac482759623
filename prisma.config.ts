import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here for CLI commands that need one
// (`prisma migrate deploy` where native engines exist). The app itself connects
// through driver adapters in lib/db/client.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
