import type { Application, NextFunction, Request, Response } from 'express';

/** Per application: its settings with ETag generation off, everything else inherited. */
const withoutEtags = new WeakMap<Application, Application>();

function settingsWithoutEtags(app: Application): Application {
  let shadow = withoutEtags.get(app);
  if (!shadow) {
    // Express reads `res.app.settings['etag fn']` in res.send; undefined there means no ETag.
    shadow = Object.create(app, { settings: { value: Object.create(app.settings, { 'etag fn': { value: undefined } }) } }) as Application;
    withoutEtags.set(app, shadow);
  }
  return shadow;
}

/**
 * No ETag on answers to POST requests. Express hashes every body it sends (SHA-1 of the whole response, ~1%
 * of the api's CPU on a signed-in read) so that a conditional GET can be answered 304; no POST ever is
 * (a POST is never "fresh"), so the header is useless there. GET and HEAD answers keep their ETag.
 */
export function noEtagOnPost() {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method === 'POST') response.app = settingsWithoutEtags(request.app);
    next();
  };
}
