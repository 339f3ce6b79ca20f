// Written by the project: more Portuguese posts. Format: see parse-lines.ts.
import type { CorpusSource } from './types.ts';

export const PT_MORE: CorpusSource = { name: 'pt-more', language: 'pt', industry: 'general', lines: `
C- bil | @{brand} apareceu uma tarifa na minha conta que ninguém explicou
C- bil | @{brand} minha transferência está pendente há {days} e o aluguel vence hoje
C- out | @{brand} meu cartão é recusado em todo lugar e eu tenho saldo
C- out | @{brand} o app do banco está fora do ar desde cedo
C- out | @{brand} o wifi cai a cada dez minutos, impossível trabalhar
C- acc | @{brand} não consigo entrar no app desde que troquei de celular
C- del | @{brand} a encomenda chegou quebrada e ninguém resolve
C- del | @{brand} recebi o pedido de outra pessoa
C- ref | @{brand} disseram que o estorno levava 5 dias, já são {weeks}
C- oth | @{brand} desligaram na minha cara duas vezes. ótimo
C- oth | @{brand} obrigado por nada, continuo com o mesmo problema
C- oth | @{brand} que atendimento maravilhoso, {hrs} esperando 🙄
C- oth | @{brand} os funcionários da loja foram muito grosseiros
C- oth | @{brand} ninguém me dá uma resposta clara
C- oth | @{brand} estou esperando uma ligação há {days}
Q0 pq | @{brand} vocês têm cartão sem anuidade?
Q0 pq | @{brand} o app funciona no tablet?
Q0 pq | @{brand} quanto custa o frete expresso?
Q0 acc | @{brand} como excluo minha conta?
Q0 oth | @{brand} já mandei o número do pedido no privado
Q0 oth | @{brand} alguma novidade sobre o meu caso?
Q0 oth | @{brand} sim, já reiniciei o roteador
Q0 bil | @{brand} por que aparece uma cobrança pendente?
F+ oth | @{brand} vocês são os melhores, obrigada por tudo
F+ oth | @{brand} atendimento nota dez, resolvido em minutos
F+ oth | @{brand} sempre um prazer voar com vocês
F+ oth | @{brand} muito obrigado ao {name} pela paciência
F+ oth | @{brand} show, muito obrigada!
F+ oth | @{brand} perfeito, agora funcionou 👍
F0 oth | @{brand} ok, obrigado
T+ oth | amanhã viajo com a @{brand} e estou muito animada ✈️
T+ oth | celular novo hoje 😍
T0 oth | @{name} kkkkk não acredito
T0 oth | lendo as notícias com um café
T0 oth | alguém já testou o novo app da {brand}?
T- oth | que calor insuportável hoje
T- oth | que semana, preciso de férias
S0 oth | ganhe dinheiro em casa sem experiência, link na bio {url}
S0 oth | seguidores reais baratos {url}
` };
