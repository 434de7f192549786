import { Router } from 'express';
import { badRequest } from '../errors';
import { bodyOf } from '../http/validateBody';
import { UserCreateBody, UserGroupsBody, UserUpdateBody } from '../http/schemas';
import { actorOf } from '../http/session';
import { createUser, listUsers, setUserGroups, updateUser } from '../usecases/auth';
import type { Context } from '../usecases/context';

const createBody = bodyOf(UserCreateBody);
const updateBody = bodyOf(UserUpdateBody);
const groupsBody = bodyOf(UserGroupsBody);

export function userRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/users', async (_req, res) => {
    res.json({ users: await listUsers(ctx, actorOf(res)) });
  });
  router.post('/users', async (req, res) => {
    const actor = actorOf(res);
    res.status(201).json(await createUser(ctx, actor, createBody(req)));
  });
  router.patch('/users/:id', async (req, res) => {
    const actor = actorOf(res);
    const id = Number(req.params.id);
    if (!Number.isInteger(id))
      throw badRequest('a user id is a number', [{ path: '/id', message: 'must be an integer' }]);
    res.json(await updateUser(ctx, actor, id, updateBody(req)));
  });
  router.put('/users/:username', async (req, res) => {
    const actor = actorOf(res);
    res.json(await setUserGroups(ctx, actor, String(req.params.username), groupsBody(req).groups));
  });
  return router;
}
