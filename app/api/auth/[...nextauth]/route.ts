import NextAuth from "next-auth";
import { buildAuthOptions } from "@/lib/auth/options";

// Options are built per request so an OIDC provider configured by environment is picked up.
const handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => NextAuth(buildAuthOptions())(req, ctx);

export { handler as GET, handler as POST };
