# syntax=docker/dockerfile:1

# One image for all three processes; the default command is the API.
#   api      node dist/apps/api/src/main.js      (PORT, default 3000; /health, /health/ready)
#   worker   node dist/apps/worker/src/main.js
#   migrate  node dist/libs/persistence/src/migrate.js
# docker-compose.yml shows the environment they read.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# `npm install`, not `npm ci`: npm ci trips over this npm 11 lockfile.
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
# tsc into dist/, plus the prebuilt workflow bundle the worker loads.
RUN npm run build

FROM node:20-bookworm-slim AS runtime
# Production also makes AUTH_MODE default to oidc; set AUTH_MODE=dev only for local stacks.
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Code stays root-owned and read-only to the process.
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
