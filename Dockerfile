# One Partnermap instance. docker-compose.yml runs two behind Caddy, on PostgreSQL and Redis.
FROM node:20-bookworm-slim
WORKDIR /app
# better-sqlite3 (the default store) compiles from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY shared/package.json shared/
RUN npm ci
COPY . .
RUN npm run build
ENV HOST=0.0.0.0 PORT=1234
EXPOSE 1234
# The compiled server, as `npm start` runs it: no TypeScript compiler in memory at run time, and
# V8's semi-spaces kept at 1 MB (see README, Performance).
CMD ["node", "--max-semi-space-size=1", "dist-server/main.js"]
