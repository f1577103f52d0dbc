// Which questions assess which idea (src/team/idea-map.ts), for the team board's weakest ideas.
import type { APIRoute } from 'astro';
import { getIdeaMap } from '../team/build/ideas-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ ideas: await getIdeaMap() }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
