'use strict';
/**
 * The fan-out baseline: a bare socket.io server (same path and protocol as the gateway:
 * `subscribe` with an acknowledgement, `event` messages). POST /broadcast { room, event }
 * broadcasts `event` to the room, then answers. Prints "ready <port>".
 */
const http = require('node:http');
const { Server } = require(require.resolve('socket.io', { paths: [process.cwd()] }));

const server = http.createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/broadcast') {
    response.writeHead(404);
    response.end();
    return;
  }
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const { room, event } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    ioServer.to(room).emit('event', event);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"ok":true}');
  });
});
const ioServer = new Server(server, { path: '/realtime', serveClient: false });
ioServer.on('connection', (socket) => {
  socket.on('subscribe', (body, ack) => {
    socket.join(body.room);
    ack({ ok: true, room: body.room, rooms: [body.room] });
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`ready ${server.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));
