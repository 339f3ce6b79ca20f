// Written by the project: Portuguese posts (Brazil and Portugal). Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const PT: CorpusSource = { name: 'pt', language: 'pt', industry: 'general', lines: `
C- oth | @{brand} voo atrasado há {hrs} e ninguém explica nada. que vergonha
C- oth | @{brand} cancelaram meu voo para {city} sem aviso. e agora?
C- del | @{brand} perderam minha mala e estou há {days} sem notícias
C- del | @{brand} meu pedido {order} era pra chegar {day} e nada até agora
C- del | @{brand} consta como entregue mas não recebi nada
C- del | @{brand} o entregador nem tocou a campainha, eu estava em casa o dia todo
C- del | @{brand} o técnico não apareceu, perdi o dia esperando
C- out | @{brand} sem internet desde {day} em {city}. trabalho de casa!!
C- out | @{brand} de novo sem luz no bairro inteiro
C- out | @{brand} o app fecha sozinho desde a atualização
C- out | @{brand} o site dá erro na hora de pagar
C- out | @{brand} sem sinal em casa há {days}
C- bil | @{brand} cobraram duas vezes a mesma fatura
C- bil | @{brand} minha conta veio {amount} mais cara sem explicação
C- bil | @{brand} cancelei o serviço e continuam cobrando. absurdo
C- ref | @{brand} devolvi o produto há {weeks} e nada do reembolso
C- ref | @{brand} ainda esperando o reembolso do voo cancelado
C- acc | @{brand} minha conta foi bloqueada e não consigo falar com ninguém
C- acc | @{brand} não recebo o código de verificação por sms
C- acc | @{brand} hackearam minha conta, preciso de ajuda
C- oth | @{brand} {hrs} no telefone e ninguém resolve
C- oth | @{brand} atendimento péssimo. nunca mais compro
C- oth | @{brand} ninguém responde minhas mensagens. tem alguém aí?
C- oth | @{brand} pior atendimento que já tive na vida
C- oth | @{brand} cansei, três semanas com o mesmo problema
C- oth | @{brand} muito decepcionado com a loja de {city}
C- del | @{brand} olá, meu pedido ainda não chegou, podem verificar?
C- bil | @{brand} oi, minha fatura veio mais alta que o normal, podem conferir?
Q0 pq | @{brand} vocês entregam em {city}?
Q0 pq | @{brand} qual o peso máximo da bagagem de mão?
Q0 pq | @{brand} tem fibra disponível no meu endereço?
Q0 pq | @{brand} posso levar meu cachorro na cabine?
Q0 pq | @{brand} a loja de {city} abre domingo?
Q0 ref | @{brand} como peço reembolso?
Q0 ref | @{brand} quanto tempo demora o estorno?
Q0 acc | @{brand} como mudo a senha da minha conta?
Q0 acc | @{brand} como altero meu endereço no app?
Q0 bil | @{brand} posso parcelar?
Q0 bil | @{brand} onde encontro minhas faturas?
Q0 del | @{brand} quando chega meu pedido? comprei {day}
Q0 out | @{brand} tem alguma falha em {city}? estou sem internet
Q0 oth | @{brand} mandei DM com os dados
Q0 oth | @{brand} como falo com um atendente?
Q0 oth | @{brand} posso mudar a data do voo?
F+ oth | @{brand} muito obrigado pela ajuda, tudo resolvido!
F+ oth | @{brand} atendimento excelente, obrigada {name}
F+ oth | @{brand} chegou antes do prazo e tudo perfeito 👍
F+ oth | @{brand} amei o novo app, muito mais rápido
F+ oth | @{brand} voo pontual e tripulação super simpática. parabéns
F+ oth | @{brand} obrigado pela rapidez, vocês são demais ❤️
F0 pq | @{brand} seria legal ter modo escuro no app
T0 oth | acordar às 5 pra ir pro aeroporto ✈️
T+ oth | que dia lindo em {city} ☀️
T- oth | odeio segunda-feira
T0 oth | @{name} kkkkk não acredito
T0 oth | alguém sabe se vai ter greve amanhã?
T+ oth | finalmente férias! 🏖️
S0 oth | 🔥 GANHE {amount} POR DIA em casa 🔥 me chama no privado
S0 oth | sorteio de um iphone, siga e compartilhe {url}
S0 oth | @{brand} sua conta será suspensa, confirme seus dados aqui {url}
` };
