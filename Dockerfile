# syntax=docker/dockerfile:1
# Three stages: dependencies, a compiled build, and a slim runtime that runs as the unprivileged node user.
# The runtime has no TypeScript sources: the bot is dist/main.js and the command line dist/cli.js, e.g.
#   docker compose run --rm bot node dist/cli.js admin add telegram:123456789

FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` (the embedded database's template for `npm start`) needs the sources, and the
# image runs dist/ on PostgreSQL or makes its embedded database at first start.
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM deps AS build
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:24-slim AS runtime
# A deployment: with no chat platform configured and no terminal, the bot stops and says which variables to
# set, instead of opening the demo console (src/startup.ts).
ENV NODE_ENV=production
WORKDIR /app
# The leaders' chart is drawn with system fonts, and the slim image has none: DejaVu Sans covers Vietnamese.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Read at run time: SQL migrations (applied at start), messages, and the shipped reference data.
COPY migrations ./migrations
COPY locales ./locales
COPY resources ./resources
# DATA_DIR: the embedded database when DATABASE_URL is unset, exported reports and files from the console.
ENV DATA_DIR=/app/data
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 8080
# The heap settings of `npm start` (package.json; the README's "Memory" says why).
CMD ["node", "--max-old-space-size=768", "--max-semi-space-size=16", "dist/main.js"]
