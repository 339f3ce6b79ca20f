// Written by the project: Spanish posts (Spain and Latin America). Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const ES: CorpusSource = { name: 'es', language: 'es', industry: 'general', lines: `
C- oth | @{brand} vuelo retrasado {hrs} y nadie nos dice nada. una vergüenza
C- oth | @{brand} me cancelaron el vuelo a {city} sin avisar. ¿y ahora qué hago?
C- del | @{brand} perdieron mi maleta y llevo {days} sin noticias
C- del | @{brand} mi pedido {order} tenía que llegar {day} y sigue sin aparecer
C- del | @{brand} el repartidor dejó el paquete en la calle y ha desaparecido
C- del | @{brand} pone entregado pero aquí no ha llegado nada
C- del | @{brand} el técnico no vino y perdí el día entero esperando
C- out | @{brand} sin internet desde {day} en {city}. trabajo desde casa!!
C- out | @{brand} otra vez sin luz en todo el barrio. ¿cuándo vuelve?
C- out | @{brand} la app no funciona desde la actualización, se cierra sola
C- out | @{brand} la web da error al pagar, lo he intentado 5 veces
C- out | @{brand} no tengo cobertura en casa desde hace {days}
C- bil | @{brand} me han cobrado dos veces la misma factura
C- bil | @{brand} me cobraron {amount} de más este mes sin ninguna explicación
C- bil | @{brand} di de baja el servicio y me siguen cobrando. es un robo
C- bil | @{brand} cargo de {amount} en mi tarjeta que no reconozco
C- ref | @{brand} devolví el producto hace {weeks} y todavía no me han devuelto el dinero
C- ref | @{brand} sigo esperando el reembolso del vuelo cancelado
C- acc | @{brand} me han bloqueado la cuenta y no puedo entrar. necesito ayuda ya
C- acc | @{brand} no me llega el código de verificación por sms
C- acc | @{brand} me hackearon la cuenta y cambiaron la contraseña
C- oth | @{brand} llevo {hrs} al teléfono y nadie me atiende
C- oth | @{brand} pésima atención al cliente. no vuelvo a comprar nunca
C- oth | @{brand} nadie responde mis mensajes. ¿hay alguien ahí?
C- oth | @{brand} el peor servicio que he tenido en mi vida
C- oth | @{brand} estoy harto, tres semanas con el mismo problema
C- oth | @{brand} qué vergüenza de empresa, de verdad
C- oth | @{brand} la atención en la tienda de {city} fue horrible
C- del | @{brand} hola, mi pedido aún no ha llegado, ¿me podéis decir dónde está?
C- bil | @{brand} buenas, la factura de este mes es más alta de lo normal, ¿podéis revisarla?
Q0 pq | @{brand} ¿hacéis envíos a {city}?
Q0 pq | @{brand} ¿cuánto pesa como máximo la maleta de mano?
Q0 pq | @{brand} ¿tenéis tarifa para estudiantes?
Q0 pq | @{brand} ¿la fibra está disponible en mi zona?
Q0 pq | @{brand} ¿puedo llevar a mi perro en cabina?
Q0 pq | @{brand} ¿a qué hora abre la tienda de {city} el domingo?
Q0 ref | @{brand} ¿cómo puedo pedir un reembolso?
Q0 ref | @{brand} ¿cuánto tarda en llegar la devolución?
Q0 acc | @{brand} ¿cómo cambio la contraseña de mi cuenta?
Q0 acc | @{brand} ¿cómo cambio mi dirección en la app?
Q0 bil | @{brand} ¿puedo pagar a plazos?
Q0 bil | @{brand} ¿dónde descargo mis facturas?
Q0 del | @{brand} ¿cuándo llega mi pedido? lo hice {day}
Q0 out | @{brand} ¿hay alguna incidencia en {city}? no tengo internet
Q0 oth | @{brand} os he enviado un DM con los datos
Q0 oth | @{brand} ¿cómo hablo con una persona?
Q0 oth | @{brand} ¿me podéis llamar? os paso el número por privado
Q0 oth | @{brand} ¿puedo cambiar la fecha del vuelo?
F+ oth | @{brand} ¡muchas gracias por la ayuda! todo solucionado
F+ oth | @{brand} el mejor servicio al cliente, de verdad. gracias {name}
F+ oth | @{brand} llegó antes de lo previsto y en perfecto estado 👍
F+ oth | @{brand} me encanta la nueva app, mucho más rápida
F+ oth | @{brand} vuelo puntual y la tripulación muy amable. así da gusto
F+ oth | @{brand} gracias por la rapidez, sois geniales ❤️
F0 pq | @{brand} estaría bien tener modo oscuro en la app
T0 oth | hoy toca madrugar para ir al aeropuerto ✈️
T+ oth | qué bonito día en {city} ☀️
T- oth | odio los lunes, de verdad
T0 oth | @{name} jajaja no me lo creo
T0 oth | ¿alguien sabe si hay huelga de transporte mañana?
T+ oth | ¡por fin vacaciones! 🏖️
S0 oth | 🔥 GANA {amount} AL DÍA desde casa 🔥 escríbeme por privado
S0 oth | sorteo de un iphone, sigue y comparte para participar {url}
S0 oth | invierte hoy y multiplica tu dinero x10 en una semana, info por whatsapp
S0 oth | @{brand} su cuenta será suspendida, verifique sus datos aquí {url}
` };
