import { RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';

/**
 * Every route handler that names neither `@Roles` nor `@Public` (on itself or its controller), as
 * "GET /path". createApp refuses to start while there is one, so a new route cannot slip out open:
 * the guard would refuse it with 403 anyway, but a start-up failure is found before anyone calls it.
 */
export function routesWithoutRoles(app: INestApplication): string[] {
  const missing: string[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const classNames = namesAccess(controller);
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        if (name === 'constructor') continue; // the class itself carries the controller's path
        const handler: unknown = controller.prototype[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        if (classNames || namesAccess(handler)) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const path = String(Reflect.getMetadata(PATH_METADATA, handler));
        missing.push(`${method} /${[base, path].filter((p) => p && p !== '/').join('/')}`);
      }
    }
  }
  return missing;
}

function namesAccess(target: object): boolean {
  return Reflect.getMetadata(PUBLIC_KEY, target) === true || Reflect.getMetadata(ROLES_KEY, target) !== undefined;
}
