import type { Request, Response } from 'express';
import type { RequestContext } from '../context/request-context';

/** What every resolver and Apollo plugin receives (its own file: the plugins are imported by the options). */
export interface GraphqlContext {
  req: Request;
  res: Response;
  ctx: RequestContext;
}
