// Written by the project: more Spanish posts (banking, telecoms, apps, shopping; praise, chatter,
// sarcasm). Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const ES_MORE: CorpusSource = { name: 'es-more', language: 'es', industry: 'general', lines: `
C- bil | @{brand} me habéis cobrado una comisión que nadie me explicó
C- bil | @{brand} la transferencia lleva {days} pendiente y el alquiler no se paga solo
C- out | @{brand} la tarjeta me la rechazan en todas partes y tengo saldo
C- out | @{brand} la app del banco lleva caída toda la mañana
C- out | @{brand} el wifi se corta cada diez minutos, así no se puede trabajar
C- acc | @{brand} no puedo entrar en la app desde que cambié de móvil
C- del | @{brand} el paquete llegó roto y nadie me da una solución
C- del | @{brand} me llegó un pedido que no es el mío
C- ref | @{brand} me dijeron que el reembolso tardaba 5 días y ya van {weeks}
C- oth | @{brand} me colgaron dos veces. genial, de verdad
C- oth | @{brand} gracias por nada, sigo igual que hace un mes
C- oth | @{brand} qué maravilla de servicio, {hrs} esperando 🙄
C- oth | @{brand} el personal de la tienda fue muy maleducado
C- oth | @{brand} nadie me da una respuesta clara
C- oth | @{brand} llevo {days} esperando una llamada
Q0 pq | @{brand} ¿tenéis tarjeta sin comisiones?
Q0 pq | @{brand} ¿funciona la app en tablet?
Q0 pq | @{brand} ¿cuánto cuesta el envío urgente?
Q0 acc | @{brand} ¿cómo borro mi cuenta?
Q0 oth | @{brand} ya os he mandado el número de pedido por privado
Q0 oth | @{brand} ¿alguna novedad sobre mi caso?
Q0 oth | @{brand} sí, ya reinicié el router
Q0 bil | @{brand} ¿por qué me aparece un cargo pendiente?
F+ oth | @{brand} sois los mejores, gracias por todo
F+ oth | @{brand} atención de diez, problema resuelto en minutos
F+ oth | @{brand} un placer volar con vosotros, como siempre
F+ oth | @{brand} mil gracias a {name} por su paciencia
F+ oth | @{brand} genial, muchas gracias!
F+ oth | @{brand} perfecto, ya funciona 👍
F0 oth | @{brand} vale, gracias
T+ oth | mañana me voy de viaje con @{brand} y estoy emocionadísima ✈️
T+ oth | estreno móvil hoy 😍
T0 oth | @{name} jajaja qué fuerte
T0 oth | leyendo las noticias con un café
T0 oth | ¿alguien ha probado la nueva app de {brand}?
T- oth | qué calor hace hoy, no se puede ni salir
T- oth | vaya semana llevo, necesito vacaciones
S0 oth | gana dinero desde casa sin experiencia, info en mi perfil {url}
S0 oth | consigue seguidores reales baratos {url}
` };
